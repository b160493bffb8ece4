// Every extension-host test file, loaded by the runner once mocha's globals exist.
import '../workspaceCleanup';
import '../activation.test';
import '../editorFeatures.test';
import '../exportAndSettings.test';
import '../workspaceExport.test';
import '../typing.test';
import '../largeArticle.test';
import '../visibleLinesPreview.test';
