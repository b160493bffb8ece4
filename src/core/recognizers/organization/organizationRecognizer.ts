import { Priority } from '../../pipeline/candidate';
import { candidateSpan, type Recognizer } from '../../pipeline/recognitionContext';

/** International bodies, ministries, parties, agencies and companies from the organisation gazetteer. */
export const recognizeOrganizations: Recognizer = (context, out) => {
  for (const list of context.matches.values()) {
    const match = list.find((m) => m.payload.kind === 'organization');
    if (!match || match.payload.kind !== 'organization') continue;
    const { organization } = match.payload;
    out.push({
      type: 'organization',
      ...candidateSpan(context.tokens, match.tokenStart, match.tokenEnd),
      priority: Priority.organization,
      key: `organization:${organization.name}`,
      organization,
      ...(organization.country ? { countryCode: organization.country } : {}),
    });
  }
};
