import { recordKey } from '../../pipeline/entityKey';
import { createCandidate, Priority } from '../../pipeline/candidate';
import { forEachNameMatch, type Recognizer } from '../../pipeline/recognitionContext';

/** International bodies, ministries, parties, agencies and companies from the organisation gazetteer. */
export const recognizeOrganizations: Recognizer = (context, out) => {
  forEachNameMatch(context, 'organization', ({ organization }, tokenStart, tokenEnd) => {
    const candidate = createCandidate(context.tokens, 'organization', tokenStart, tokenEnd, Priority.organization, recordKey(organization, () => `organization:${organization.name}`));
    candidate.organization = organization;
    candidate.countryCode = organization.country;
    out.push(candidate);
  });
};
