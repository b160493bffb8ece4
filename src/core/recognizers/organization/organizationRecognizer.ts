import { Priority } from '../../pipeline/candidate';
import { candidateSpan, forEachNameMatch, type Recognizer } from '../../pipeline/recognitionContext';

/** International bodies, ministries, parties, agencies and companies from the organisation gazetteer. */
export const recognizeOrganizations: Recognizer = (context, out) => {
  forEachNameMatch(context, 'organization', (match) => {
    const { organization } = match.payload;
    out.push({
      type: 'organization',
      ...candidateSpan(context.tokens, match.tokenStart, match.tokenEnd),
      priority: Priority.organization,
      key: `organization:${organization.name}`,
      organization,
      ...(organization.country ? { countryCode: organization.country } : {}),
    });
  });
};
