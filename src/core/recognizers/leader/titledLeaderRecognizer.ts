import { INDONESIAN_POSSESSIVE_SUFFIX, MoreWordFlag, WordFlag } from '../../lexicon/lexicon';
import { isHeadedByNoLeader, isMinistry, isMinistryWord, type CountryRecord, type OrganizationEntry, type PlaceEntry } from '../../data/schemas';
import { createCandidate, Priority, type Candidate } from '../../pipeline/candidate';
import { countryMentions } from '../../pipeline/countryMentions';
import { afterDefiniteArticle, followsLeaderTitle, followsTitle, isAllCapsWord, isAttachedToPrevious, isCapitalizedWord, isCapitalizedWordIn, isCapitalizedWordWith, isCapitalizedWordWithMore, isDash, isJoiningHyphen, isLowerCaseWord, isPossessiveAt, isPunct, isWord, isWordIn, isWordSpelled, isWordWith, matchEndingAt, matchOfKind, organizationAfterOf, parenthesisStartBefore, skipParenthesis, tokenLower, type RecognitionContext, type Recognizer } from '../../pipeline/recognitionContext';
import { afterCourtesyTitle, endOfInitialsAndRegnalNumber, isCapitalLetter, isGivenNameNotTitle, isInPlaceName, isNameWord, isSentenceStart, isServiceRankWord, readPersonName } from './personName';
import { firstTokenOf, isTitleCaseLine } from '../../text/lineShape';
import { TokenFlag, TokenKind, tokenRangeText, tokenText, type TokenStream } from '../../text/tokenize';
import { countryOfPlace } from '../place/placeCountry';
import { leaderAt, leaderKey, unknownLeaderKey } from './leaderIdentity';

const LOOK_BACK = 3;

/**
 * Leaders named next to their office: "Presiden Iran Ebrahim Raisi", "Menteri Luar Negeri
 * RI Sugiono", "Iranian President Ebrahim Raisi", "Sekjen PBB António Guterres",
 * "timpalannya dari Venezuela, Nicolas Maduro". The title and country become the role;
 * the span is the name only.
 */
export const recognizeTitledLeaders: Recognizer = (context, out) => {
  const { tokens, lexicon } = context;
  // The country the text names most (the country recogniser runs first), found when first needed.
  let mainCountry: string | undefined | null = null;
  for (let index = 0; index < tokens.count; index++) {
    const wordId = tokens.wordIds[index]!;
    if (wordId < 0 || (lexicon.wordFlags(wordId) & (WordFlag.TitleStart | WordFlag.Counterpart)) === 0) continue;
    // "Jl Jenderal Sudirman", "Bandara Sultan Hasanuddin": a street or a building named after a person.
    if (isInPlaceName(context, index)) continue;
    // "PT Mitra Rubber", "PT Presiden Sejahtera": a company's name after its prefix.
    if (isWord(tokens, index - 1) && lexicon.hasMoreFlag(tokens.wordIds[index - 1]!, MoreWordFlag.CompanyPrefix)) continue;
    // "calon Gubernur Jambi Budi Santoso" runs for the office; the gazetteer still knows former holders.
    if (isWordIn(tokens, index - 1, lexicon.candidacyBefore)) continue;
    if (isSubordinateOffice(context, index)) continue;
    // "Chairman and CEO Sultan Ahmed bin Sulayem": after another office, "Sultan" is his given name.
    if (isWordWith(context, index, WordFlag.GivenNameTitle) && (isWordIn(tokens, index - 1, lexicon.corporateOffices) || followsTitle(context, index))) continue;
    // "Abdulaziz bin Sultan Al-Rumaihi", "Ibni Almarhum Sultan Haji Ahmad Shah": after "bin"
    // (and "the late") the words are his father's name.
    const beforeTitle = modifiedTitleStart(context, index) - 1;
    if (isWordIn(tokens, beforeTitle, lexicon.patronymics)) continue;
    let role: string | undefined;
    let titleEnd: number;
    const title = matchOfKind(context, index, 'title');
    // A governor's, regent's or mayor's: the office of a province, regency or city.
    const jurisdictionTitle = title !== undefined && lexicon.jurisdictionRoles.has(title.payload.role);
    if (title) {
      // "Presiden Direktur PT Pertamina", "President Commissioner": a company's office.
      if (isWordIn(tokens, title.tokenEnd, lexicon.corporateOffices)) continue;
      // "Dewan Pertimbangan Presiden Gandi Sulistiyanto", "Kantor Staf Presiden": the end of a body's name.
      if (lexicon.organizationLastWords.has(tokens.wordIds[title.tokenEnd - 1]!) && isBodyNameEndingAt(context, index, title.tokenEnd)) continue;
      // "Rear Adm.", "Brig. Gen.", "Laksamana Muda": a rank, not a command; "Director-General": the end of another title;
      // "the General Appropriations Bill", "the General Public Services": after an article, a name's adjective.
      if (MILITARY_RANK_ROLES.has(title.payload.role) && (isRankModified(context, index) || isRankGraded(context, title.tokenEnd) || isJoiningHyphen(tokens, index - 1) || isWordSpelled(tokens, index - 1, 'the'))) continue;
      const serviceRankEnd = endOfServiceRank(context, index);
      // "Duta Besar untuk Qatar, Marsekal Madya TNI (Purn) Basri": a retired officer's rank is no command.
      if (hasRetiredTail(context, index, serviceRankEnd)) continue;
      // "Mayor Inf Teddy": the Indonesian army's major, with his corps, not a city's mayor.
      if (jurisdictionTitle && serviceRankEnd > index + 1) continue;
      role = title.payload.role;
      titleEnd = title.tokenEnd;
      if (isCivicBodyHead(context, index, role)) continue;
      if (isConsortAfterMonarch(context, out, index, role)) continue;
      // "Gusti Kanjeng Ratu Mangkubumi": a court style, not the office of a queen.
      if (isNobleStyle(context, index - 1)) continue;
      if (isGivenNameNotTitle(context, index)) continue;
    } else if (lexicon.hasFlag(wordId, WordFlag.Counterpart)) {
      // "his predecessor, Rigathi Gachagua": a leader's, named shortly before.
      if (lexicon.successionWords.has(wordId) && !followsLeaderNamed(context, out, index)) continue;
      titleEnd = index + 1;
    } else continue;

    let country = countryBefore(context, index);
    // A title of several words ("Menteri Industri") may go on: "dan Perdagangan".
    // "Minister in charge of Trade": the portfolio after words that lead in to it.
    let portfolioStart = officeLeadInEnd(context, titleEnd);
    let portfolioEnd = skipPortfolio(context, portfolioStart, titleEnd - index > 1);
    // "Menteri Koordinator (Menko) Bidang Kemaritiman": the title's short form before its portfolio.
    const afterShortForm = portfolioEnd === portfolioStart ? skipParenthesis(context, titleEnd) : titleEnd;
    if (afterShortForm > titleEnd) {
      const start = officeLeadInEnd(context, afterShortForm);
      const end = skipPortfolio(context, start, true);
      if (end > start) [portfolioStart, portfolioEnd] = [start, end];
    }
    const afterPortfolio = portfolioEnd > portfolioStart ? portfolioEnd : titleEnd;
    let next = skipOfficeGloss(context, skipPortfolioInParenthesis(context, afterPortfolio));
    // "Menteri Perdagangan (Mendag) di Era Joko Widodo (Jokowi), Thomas Lembong": the government
    // the office served under, set off before the name.
    next = skipGovernmentServedUnder(context, next);
    // "Presiden sementara Suriah", "Perdana Menteri demisioner"
    const modifierAfter = titleModifierAfterAt(context, next);
    if (modifierAfter) {
      if (role) role = `${modifierAfter} ${role}`;
      next++;
    }
    // "Menteri Haji dan Umrah setempat M Taufiq Alrabiah": the state the text is about.
    const local = isWordIn(tokens, next, lexicon.localJurisdictionWords) && isCapitalizedWord(context, next + 1);
    if (local) next++;
    // "Pelaksana Tugas Gubernur, Aceh Nova Iriansyah": a comma between the office and its jurisdiction.
    if (isPunct(tokens, next, ',') && isJurisdictionBeforeName(context, next + 1)) next++;
    // "Australia's Minister for International Development and the Pacific, Pat Conroy,"
    // (Without a country a director-general's written-out office is a ministry's division: a civil servant.)
    const officeComma = country || role !== DIRECTOR_GENERAL ? officeNameComma(context, portfolioStart, titleEnd - index > 1, country === undefined) : -1;
    if (officeComma > 0) next = officeComma;
    // "dari Venezuela", "of Indonesia", "Negara Malaysia"
    else if (isWord(tokens, next) && (isPreposition(context, next) || lexicon.stateNounsBeforeCountry.has(tokens.wordIds[next]!)) && matchOfKind(context, next + 1, 'country')) next++;
    else if (isPreposition(context, next) && isWordSpelled(tokens, next + 1, 'the')) {
      // "President of the Republic of Ghana", "of the Philippines": the article before a state's name or official form.
      const stateName = stateFormEnd(context, next + 2);
      if (isStateNameAt(context, stateName)) next = stateName;
      // "the President of the Republic, Mohamed Ould Ghazouani,": the state the text is about, by its form alone.
      else if (isCapitalizedWordWithMore(context, next + 2, MoreWordFlag.StateForm) && isPunct(tokens, next + 3, ',')) next += 3;
    }
    // "Wakil Perdana Menteri Republik Uzbekistan": the state's official form before its name.
    else next = stateFormEnd(context, next);
    const countryAfter = officeComma > 0 ? undefined : matchOfKind(context, next, 'country');
    if (countryAfter) {
      country = countryAfter.payload.country;
      next = countryAfter.tokenEnd;
    }
    let jurisdictionNamed = countryAfter !== undefined || officeComma > 0 || local;
    let body: OrganizationEntry | undefined;
    // "Gubernur Prefektur Kagawa, Ikeda Toyohito": a governor's unit named by its kind.
    if (!jurisdictionNamed && jurisdictionTitle) {
      // ("Secretary of State": "State" is a portfolio word, which skipping the portfolio passed.)
      const afterUnit = Math.max(endOfUnitNamedByKind(context, next), endOfUnitAfterOf(context, portfolioStart));
      if (afterUnit > next) {
        next = afterUnit;
        jurisdictionNamed = true;
      }
    }
    if (!jurisdictionNamed) {
      // "Managing Director of the IMF, David Lipton", "Secretary General of the GCC Jasem Albudaiwi"
      const ofOrganization = organizationAfterOf(context, next);
      if (ofOrganization) next = ofOrganization.tokenStart;
      const afterAbbreviation = ofOrganization ? next : endOfAbbreviatedBodyAfterOf(context, next);
      const abbreviatedBody = afterAbbreviation > next;
      next = afterAbbreviation;
      // "Sekjen PBB", "Direktur Jenderal WTO", "Gubernur Jawa Barat"
      const organization = abbreviatedBody ? undefined : matchOfKind(context, next, 'organization');
      // "Mayor of Rome, Roberto Gualtieri": a governor's or mayor's place after "of".
      const placeAt = jurisdictionTitle && isWordSpelled(tokens, next, 'of') ? next + 1 : next;
      const place = organization || abbreviatedBody ? undefined : matchOfKind(context, placeAt, 'place');
      jurisdictionNamed = abbreviatedBody || organization !== undefined || place !== undefined;
      if (organization) {
        next = organization.tokenEnd;
        body = organization.payload.organization;
        // "President of the ECOWAS Commission, Omar Touray": the body's organ.
        if (isCapitalizedWordIn(context, next, lexicon.bodyOrgans)) next++;
      }
      else if (place) {
        // "Kepala BKPM DIY Totok Prianamto": a national office's title with a province or city
        // after it is the head of its local branch, a civil servant.
        if (title && !jurisdictionTitle && isProvinceOrCity(place.payload.place)) {
          index = place.tokenEnd - 1;
          continue;
        }
        next = place.tokenEnd;
        // "Bupati Lombok Tengah": a regency named after an island or city and a point of the compass.
        while (isCompassWord(context, next)) next++;
        // "Bupati Tanah Bumbu Kalsel": a regency's or city's province after it.
        const province = jurisdictionTitle ? matchOfKind(context, next, 'place') : undefined;
        if (province && province.payload.place.kind === 'region' && province.payload.place.country === place.payload.place.country) next = province.tokenEnd;
        country ??= countryOfPlace(context, place.payload);
      }
    }
    // "Organisasi Negara-Negara Amerika (OAS) Albert Ramdin"
    if (jurisdictionNamed) {
      next = skipParenthesis(context, next);
      // "Bupati Labuhanbatu Utara (Labura) nonaktif Kharuddin Syah Sitorus"
      const modifierAfterUnit = titleModifierAfterAt(context, next);
      if (modifierAfterUnit) {
        if (role) role = `${modifierAfterUnit} ${role}`;
        next++;
      }
      // "Bupati Lampung Utara periode 2014–2019, Agung Ilmu Mangkunegara": the term after the unit.
      next = skipTermOfOffice(context, next);
      // "Wali Kota Wewak di Provinsi Sepik Timur, John Nawas": where the unit lies, set off before the name.
      if (jurisdictionTitle) next = skipUnitLocation(context, next);
      // "Gubernur Prefektur Shizuoka, Jepang, Heita Kawakatsu": the unit's country in commas;
      // "Bupati Temanggung, Jawa Tengah, Totok Ary Prabowo": a regency's province.
      const unitCountry = !countryAfter && isPunct(tokens, next, ',') ? matchOfKind(context, next + 1, 'country') : undefined;
      const province = unitCountry || !jurisdictionTitle ? undefined : provinceInCommas(context, next);
      if (unitCountry && isPunct(tokens, unitCountry.tokenEnd, ',') && (!country || country === unitCountry.payload.country)) {
        country = unitCountry.payload.country;
        next = unitCountry.tokenEnd;
      } else if (province) {
        country ??= countryOfPlace(context, province.payload);
        next = province.tokenEnd;
      }
    } else {
      // After portfolio words ("Badan Riset Pangan") one more word may end the body's name.
      const afterBody = skipNamedBody(context, next, next > titleEnd ? 1 : 2);
      if (afterBody > next) {
        next = afterBody;
        jurisdictionNamed = true;
      }
    }
    // "Bupati Kutai Timur Ardiansyah Sulaiman": a regency named with a point of the compass.
    if (!jurisdictionNamed && jurisdictionTitle) {
      const afterRegion = endOfCompassRegion(context, next);
      // "Bupati Temanggung, Jawa Tengah, Totok Ary Prabowo": a regency no list knows, named by its province.
      const unknownUnit = isCapitalizedWord(context, next) && context.matches.countAt(next) === 0;
      const province = unknownUnit ? provinceInCommas(context, next + 1) : undefined;
      const located = unknownUnit ? skipUnitLocation(context, next + 1) : next;
      if (located > next + 1) {
        next = located;
        jurisdictionNamed = true;
      } else if (province) {
        country ??= countryOfPlace(context, province.payload);
        next = province.tokenEnd;
        jurisdictionNamed = true;
      } else if (afterRegion > next) {
        next = afterRegion;
        jurisdictionNamed = true;
      }
    }
    next = skipConcurrentPost(context, next);
    const commaBeforeName = isPunct(tokens, next, ',');
    // "di Kantor Wali Kota Batam, Batamkota": the building's address after the comma.
    if (commaBeforeName && isOfficeBuildingBefore(context, index)) continue;
    // "former trade minister - Damien O'Connor": a dash set off by spaces does what the comma does.
    const dashBeforeName = !commaBeforeName && isSpacedDash(tokens, next);
    if (commaBeforeName || dashBeforeName) next++;
    // "Menteri Pendidikan Prof. Dr. Harriet Oduya": academic titles between office and name,
    // part of neither the role nor the name.
    let roleEnd = next;
    let courtesyTitled = false;
    for (;;) {
      // "Minister of Foreign Affairs, the Hon. Darren Henfield"
      const article = afterDefiniteArticle(tokens, next);
      const afterCourtesy = afterCourtesyTitle(context, article);
      if (afterCourtesy > article) {
        next = afterCourtesy;
        courtesyTitled = true;
        continue;
      }
      // "Prime Minister Rear Admiral John Smith", "Bupati Merauke, Brigjen TNI (Purn.) Frederikus
      // Gebze": a military rank between office and name.
      const rankEnd = Math.max(endOfMilitaryRank(context, next), endOfServiceRank(context, next));
      if (rankEnd > next && isCapitalizedWord(context, rankEnd)) {
        next = rankEnd;
        continue;
      }
      break;
    }
    // A title ending a paragraph (a list of "Name, office" lines) names no one in the next.
    if ((tokens.flags[next]! & TokenFlag.ParagraphStart) !== 0) continue;
    // "menantu Sultan, Kanjeng Pangeran Haryo ...": a noble named after the office, not its holder.
    if (isNobleStyle(context, next)) continue;
    // "Menteri Kehutanan Raja Juli Antoni": after a title, "Raja" is his given name.
    const givenNameTitle = title !== undefined && isCapitalizedWordWith(context, next, WordFlag.GivenNameTitle);
    let nameEnd = readPersonName(context, givenNameTitle ? next + 1 : next, true);
    // "Prime Minister Lord Tuʻivakano": a style that is no name word alone stays in the name, as "Sheikh" does.
    if (nameEnd < 0 && isCapitalizedWordIn(context, next, lexicon.nameHonorifics)) nameEnd = readPersonName(context, next + 1, true);
    // "Foreign Minister (Valgerdur Sverrisdóttir) said": the name in brackets after the office.
    if (nameEnd < 0) {
      const bracketed = nameInBracketsBefore(context, next);
      if (bracketed) {
        next = bracketed.start;
        roleEnd = bracketed.start - 1;
        nameEnd = bracketed.end;
      }
    }
    if (nameEnd < 0) continue;
    // After a dash, one capitalised word may open a headline's next clause ("Prime Minister - Statement").
    if (dashBeforeName && nameEnd - next < 2) continue;
    // "Menteri Perdagangannya" (its trade minister): a portfolio with the possessive "-nya".
    if (nameEnd === next + 1 && isPortfolioWithPossessive(context, next)) continue;
    // "General Border Committee", "Cheil Jedang (CJ) Group": the capitalised words name a body, not a person.
    if (isCapitalizedWordWith(context, skipParenthesis(context, nameEnd), WordFlag.NameHeadAfter)) continue;
    // "President Ferdinand Marcos Jr.": a gazetteer name reaching past the name as read.
    const longerKnown = matchOfKind(context, next, 'leader');
    if (longerKnown && longerKnown.tokenEnd > nameEnd) nameEnd = longerKnown.tokenEnd;
    // "Duta Besar Jepang Kenji Morita": an ambassador is named like a leader but is none;
    // "Juru bicara Wakil Presiden, Dimas Prasetyo": nor is an office holder's aide.
    if ((title && !title.payload.leader) || isAideOfTitle(context, index, commaBeforeName) || isJudgeTitle(context, index, next)) {
      index = nameEnd - 1;
      continue;
    }
    let known = leaderAt(context, next, nameEnd);
    // "Menteri KP Sakti Wahyu Trenggono": a portfolio's abbreviation before a known leader's name.
    if (!known && (tokens.flags[next]! & TokenFlag.AllCaps) !== 0 && nameEnd - next > 2) {
      const after = leaderAt(context, next + 1, nameEnd);
      if (after) {
        known = after;
        next++;
        roleEnd = next;
      }
    }
    // "Wakil Menteri PKP Fahri Hamzah": a ministry's acronym no list knows, before a name of two words or more
    // (Indonesian titles only: South Asian names open with initials, "KT Rama Rao").
    if (!known && title?.payload.language === 'id' && role?.includes('Minister') && (tokens.flags[next]! & TokenFlag.AllCaps) !== 0 && context.matches.countAt(next) === 0 && nameWordCount(context, next + 1, nameEnd) >= 2) {
      next++;
      roleEnd = next;
    }
    // "Foreign Affairs Minister, Vaovasamanaia Winston Peters": a chief's title or a given name
    // that the gazetteer leaves out, before a known leader's full name, stays in the span.
    if (!known && nameEnd - next > 2) {
      const after = leaderAt(context, next + 1, nameEnd);
      if (after && tokenRangeText(tokens, next + 1, nameEnd) === after.name) {
        known = after;
        // "Bupati Mempawah Ria Norsan": after a regent's, governor's or mayor's title it is the jurisdiction.
        if (jurisdictionTitle && !jurisdictionNamed) {
          next++;
          roleEnd = next;
        }
      }
    }
    // In a title-case headline a capitalised run follows a counterpart word for no reason of
    // its own ("Menjadi Mitra Kelompok Penyeimbang Barat"), and a title ending the headline
    // names no one on the line after it ("Temui PM dan Presiden India⏎Perayaan ini ..."): only known names.
    if (!known && (!title || (tokens.flags[next]! & TokenFlag.LineStart) !== 0) && isTitleCaseLine(tokens, index, lexicon)) continue;
    // "Ketua Umum BS Center mantan ...", "Ketua Umum BS Center Ahmadi Noor Supit": a body's name
    // after the title, and no one named, or someone outside any office.
    if (!known && hasNameHead(context, next + 1, nameEnd)) {
      index = nameEnd - 1;
      continue;
    }
    // "Direktur Jenderal Anggaran Isa Rachmatarwata": the head of a ministry's directorate is
    // a civil servant; a director-general of an international body is not.
    if (!known && role === DIRECTOR_GENERAL && afterPortfolio > titleEnd && (body ? !body.intergovernmental : !jurisdictionNamed)) {
      index = nameEnd - 1;
      continue;
    }
    // "Sekretaris Jenderal (Sekjen) Kementerian ESDM Dadan Kusdiana": a ministry's senior civil servant.
    // So is one of a ministry no list knows ("Sekjen Kementerian P2MI Dwiyono").
    if (!known && role === SECRETARY_GENERAL && (body !== undefined ? isMinistry(body) : portfolioEnd > portfolioStart && isMinistryWord(tokenLower(tokens, portfolioStart)))) {
      index = nameEnd - 1;
      continue;
    }
    // "YPF chairman Horacio Marín": a body named before the title, which the checks below read too.
    if (!known) body ??= matchEndingAt(context, 'organization', index, MAX_ORGANIZATION_BEFORE)?.payload.organization;
    // "Sekjen Oscar Primadi": a secretary-general of no body named before or after the title
    // (not even one no list knows, as "GRS secretary-general"), nor of a state, is a ministry's
    // or a party's officer the story named before ("Minister Secretary General Camila Vallejo"
    // holds a minister's office).
    if (
      !known &&
      role === SECRETARY_GENERAL &&
      !jurisdictionNamed &&
      portfolioEnd === portfolioStart &&
      !isAllCapsWord(tokens, index - 1) &&
      !(isCapitalizedWord(context, index - 1) && !isSentenceStart(context, index - 1)) &&
      body === undefined &&
      !followsLeaderTitle(context, index)
    ) {
      index = nameEnd - 1;
      continue;
    }
    // "Menteri Produksi Pertahanan Pakistan": a portfolio word no list knows ("Produksi") left
    // the rest of the portfolio to read as a name.
    // After a portfolio, one that ends the name, after a name word, is a surname ("Menteri Sosial Juliari Batubara").
    const surnameAfterPortfolio =
      isCapitalizedWordWith(context, afterPortfolio - 1, WordFlag.Portfolio) && !isCapitalizedWordWith(context, next, WordFlag.Portfolio) && !isCapitalizedWord(context, nameEnd);
    if (!known && hasPortfolioWord(context, next, surnameAfterPortfolio ? nameEnd - 1 : nameEnd)) {
      index = nameEnd - 1;
      continue;
    }
    // "IMF chief, Sri Lanka President discuss ...": a country's whole name is no person's.
    if (!known && matchOfKind(context, next, 'country')?.tokenEnd === nameEnd) {
      index = nameEnd - 1;
      continue;
    }
    // "Ketua Gapki Rudi Hartanto", "YPF chairman Horacio Marín": business people hold no public office.
    if (!known) {
      // "Finance Minister Jack Chambers": a business body's word ending a name after a plain name word is a surname.
      // "Minister of Chemicals and Fertilisers": a minister's portfolio names no business body.
      const businessStart = role === MINISTER ? afterPortfolio : titleEnd;
      const businessEnd = nameEnd - 1 > next && !hasBusinessWord(context, businessStart, nameEnd - 1) ? nameEnd - 1 : nameEnd;
      if ((body !== undefined && isHeadedByNoLeader(body)) || (!body?.intergovernmental && (hasBusinessWord(context, businessStart, businessEnd) || hasBusinessWord(context, capitalizedRunStartBefore(context, index), index)))) {
        index = nameEnd - 1;
        continue;
      }
      // "Acme Holdings managing director, John Smith", "the Saudi Fund for Development managing
      // director": a managing director heads a company or a fund unless the body is an international one.
      if (role === MANAGING_DIRECTOR && !body?.intergovernmental) {
        index = nameEnd - 1;
        continue;
      }
      // "Vice President of the World Bank, Hafiz Ghanim": the deputy of a body's head is its staff, no leader.
      if (role === VICE_PRESIDENT && body !== undefined) {
        index = nameEnd - 1;
        continue;
      }
      // "Eni chief executive Claudio Descalzi": an office in lower case after a body's name no
      // list knows is a company's; a territory's is named as a place ("Hong Kong chief executive").
      if (body === undefined && !country && !jurisdictionNamed && role !== undefined && COMPANY_HEAD_ROLES.has(role) && isLowerCaseWord(context, index) && isUnknownNameBefore(context, index)) {
        index = nameEnd - 1;
        continue;
      }
    }
    // "Foreign Secretary Vikram Misri": in South Asia the civil servant under the minister.
    if (!known && title && lexicon.civilServiceTitleWords.has(tokens.wordIds[title.tokenEnd - 1]!)) {
      mainCountry ??= mostNamedCountry(out);
      // "The offer came from India. Foreign secretary Vikram Misri told" in a text mostly of Britain: the state just named counts too.
      const states = lexicon.civilServiceSecretaryStates;
      if (country ? states.has(country.code) : states.has(mainCountry ?? '') || states.has(countryNamedInParagraphBefore(context, out, index) ?? '')) {
        index = nameEnd - 1;
        continue;
      }
    }
    // "dengan Menlu Arab Saudi, Sugiono juga ...": after a comma a known leader of another
    // country starts a new clause; he holds no office of this one.
    if (commaBeforeName && known && country && known.country !== country.code) continue;
    // Only Indonesian titles: English puts the jurisdiction before the title ("Governor Khaled Mohamed Balama").
    // ("Menteri Besar Datuk Onn Hafiz Ghazi": an honorific opens the name, no regency.)
    // ("Wakil Gubernur Hj Sitti Rohmi Djalilah": nor does a courtesy title before it.)
    if (!known && !jurisdictionNamed && title?.payload.language === 'id' && jurisdictionTitle && !lexicon.nameHonorifics.has(tokens.wordIds[next]!) && !lexicon.nameHonorifics.has(tokens.wordIds[next - 1]!) && !courtesyTitled) {
      // "Bupati Batang Rahmat Hidayanto": a regency the gazetteer does not know comes first.
      const words = nameWordCount(context, next, nameEnd);
      // "Bupati SBB Drs. M. Yasin Payapo": a courtesy title after the first word opens the name.
      const styledStart = afterCourtesyTitle(context, next + 1);
      const styledEnd = styledStart > next + 1 ? readPersonName(context, styledStart, true) : -1;
      if (styledEnd > styledStart) {
        roleEnd = next + 1;
        next = styledStart;
        nameEnd = styledEnd;
        known = leaderAt(context, next, nameEnd);
      } else if (words === 1) {
        // "Wali Kota Braunschweig, Thorsten Kornblum,": the city, then the name after a comma;
        // a name of one word only set off by commas on both sides ("Bupati Konut, Ruksamin, di").
        // "Wali Kota Pariaman, Bapak Yota Balad": a courtesy title after the comma is no part of the name.
        const styled = isPunct(tokens, nameEnd, ',') ? styledNameAfter(context, nameEnd + 1) : undefined;
        const nameStart = styled?.start ?? nameEnd + 1;
        const afterComma = styled?.end ?? (isPunct(tokens, nameEnd, ',') ? readPersonName(context, nameStart, true) : -1);
        if (afterComma < 0) continue;
        const afterCommaWords = nameWordCount(context, nameStart, afterComma);
        if (afterCommaWords < 2 && !(afterCommaWords === 1 && isPunct(tokens, afterComma, ','))) continue;
        next = nameStart;
        roleEnd = nameEnd + 1;
        nameEnd = afterComma;
        known = leaderAt(context, next, nameEnd);
      } else if ((words >= 3 && couldNameRegency(tokens, next) && !isNameWrittenElsewhere(context, next, nameEnd)) || (words === 2 && isJurisdictionNamedInText(context, next))) {
        // "Bupati Pati Sudewo" where the text also says "Kabupaten Pati".
        next++;
        roleEnd = next;
        known = leaderAt(context, next, nameEnd);
      }
    } else if (!known && title?.payload.language === 'id' && isPunct(tokens, nameEnd, ',') && nameWordCount(context, next, nameEnd) === 1) {
      // "Menteri Utility Serawak, Dato Sri DR. Stephen Rundi Utom": a styled name after the
      // comma; the word before it ends the office.
      const styled = styledNameAfter(context, nameEnd + 1);
      if (styled) {
        roleEnd = nameEnd + 1;
        next = styled.start;
        nameEnd = styled.end;
        known = leaderAt(context, next, nameEnd);
      }
    }
    // In a title-case headline any capitalised run follows a title; trust only known names.
    // A name that opens the next line ("Gubernur NTB,\nDr. X" in hard-wrapped text) is read on its own line.
    const nameLine = (tokens.flags[roleEnd]! & TokenFlag.LineStart) !== 0 ? roleEnd : index;
    if (!known && isTitleCaseLine(tokens, nameLine, lexicon)) continue;
    // "mantan PM Kevin Rudd", "ex-President": a modifier before the title belongs to the role.
    let writtenStart = title ? index : titleEnd - 1;
    let modifierAt = index - 1;
    if (isPunct(tokens, modifierAt, '-') && (tokens.flags[index]! & TokenFlag.SpaceBefore) === 0) modifierAt--;
    const modifier = modifierAt >= 0 ? lexicon.titleModifiers.get(tokens.wordIds[modifierAt]!) : undefined;
    if (modifier) {
      writtenStart = modifierAt;
      if (role) role = `${modifier} ${role}`;
    }
    const written = context.text.slice(tokens.starts[writtenStart]!, tokens.ends[roleEnd - 1]!).replace(/[\s,\-–—]+$/, '');
    const name = context.text.slice(tokens.starts[next]!, tokens.ends[nameEnd - 1]!);
    const candidate = createCandidate(tokens, 'leader', next, nameEnd, Priority.titledLeader, known ? leaderKey(known) : unknownLeaderKey(name));
    candidate.role = written;
    candidate.canonicalRole = role;
    candidate.leader = known;
    candidate.country = country;
    candidate.countryCode = country?.code ?? known?.country;
    out.push(candidate);
    index = nameEnd - 1;
  }
};

/** Tokens before a word of succession within which the leader it refers to must be named. */
const SUCCESSION_LOOK_BACK = 20;

/** Whether a leader is named in the paragraph within SUCCESSION_LOOK_BACK tokens before `index`. */
function followsLeaderNamed(context: RecognitionContext, candidates: readonly Candidate[], index: number): boolean {
  const from = Math.max(firstTokenOf(context.tokens, index, TokenFlag.ParagraphStart), index - SUCCESSION_LOOK_BACK);
  return candidates.some((candidate) => candidate.type === 'leader' && candidate.tokenStart >= from && candidate.tokenEnd <= index);
}

/** The code of the last country named before token `index` in its paragraph. */
function countryNamedInParagraphBefore(context: RecognitionContext, candidates: readonly Candidate[], index: number): string | undefined {
  const paragraphStart = firstTokenOf(context.tokens, index, TokenFlag.ParagraphStart);
  let last: Candidate | undefined;
  for (const candidate of candidates) {
    if (candidate.type === 'country' && candidate.tokenStart >= paragraphStart && candidate.tokenEnd <= index && (!last || candidate.tokenStart > last.tokenStart)) last = candidate;
  }
  return last?.country?.code;
}

/** The ISO code of the country most candidates so far name (of a tie, the one named first), or undefined. */
function mostNamedCountry(candidates: readonly Candidate[]): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [code, count] of countryMentions(candidates)) {
    if (count > bestCount) {
      best = code;
      bestCount = count;
    }
  }
  return best;
}

/** Whether a capitalised name head ("Center", "Institute") is among tokens [start, end). */
function hasNameHead(context: RecognitionContext, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isCapitalizedWordWith(context, i, WordFlag.NameHeadAfter)) return true;
  return false;
}

/** A province, region or city within a country, not its capital. */
function isProvinceOrCity(place: PlaceEntry): boolean {
  return place.country !== undefined && (place.kind === 'region' || place.kind === 'city');
}

/** "King Harald and Queen Sonja": the title at `index` follows the monarch it names the consort of, and "and". */
function isConsortAfterMonarch(context: RecognitionContext, out: readonly Candidate[], index: number, role: string): boolean {
  const monarch = context.lexicon.consortRoles.get(role);
  if (monarch === undefined || !(isWordWith(context, index - 1, WordFlag.ListJoiner) || isWordIn(context.tokens, index - 1, context.lexicon.companionWords))) return false;
  // "Raja Willem, Raja Belanda dan Ratu Maxima": the monarch may carry his title after his name.
  for (let at = out.length - 1; at >= 0 && out[at]!.tokenEnd >= index - 1 - MAX_MONARCH_TITLE_AFTER_TOKENS; at--) {
    const last = out[at]!;
    if (last.type === 'leader' && last.canonicalRole === monarch && (last.tokenEnd === index - 1 || isPunct(context.tokens, last.tokenEnd, ','))) return true;
  }
  return false;
}

/** Whether an organisation's name opened by a capitalised word before `index` ends at `end`. */
function isBodyNameEndingAt(context: RecognitionContext, index: number, end: number): boolean {
  for (let start = index - 1; start >= 0 && start >= index - MAX_ORGANIZATION_BEFORE && isCapitalizedWord(context, start); start--) {
    if (matchOfKind(context, start, 'organization')?.tokenEnd === end) return true;
  }
  return false;
}

/** Tokens a monarch's title may take after his name, before his consort: ", Raja Belanda". */
const MAX_MONARCH_TITLE_AFTER_TOKENS = 4;

/** "Menteri Pendidikan Tinggi, Sains, dan Teknologi": the portfolio after a title, skipped. */
function skipPortfolio(context: RecognitionContext, start: number, continuesTitle: boolean): number {
  const { tokens, lexicon } = context;
  // "minister for humanitarian affairs and disaster management Peter Mayen Majongdit": an
  // English portfolio written in lower case, as a whole, right after "for" or "of".
  const isLowerCasePortfolio = (i: number) => isLowerCaseWord(context, i) && isWordWith(context, i, WordFlag.Portfolio);
  const lowerCase = context.language === 'en' && OFFICE_PREPOSITIONS.has(tokenLower(tokens, start)) && isLowerCasePortfolio(start + 1);
  const isPortfolio = (i: number) =>
    isCapitalizedWordWith(context, i, WordFlag.Portfolio) || isIndonesianPortfolioNoun(context, i) || isAcronymWithDigit(context, i) || (lowerCase && isLowerCasePortfolio(i));
  // The first portfolio word may not open a known body's or place's name: "Sekjen Pacific
  // Islands Forum Baron Waqa", "Managing Director of the International Monetary Fund",
  // "Menteri Besar Negeri Sembilan".
  let end = start;
  const isNextPortfolio = (i: number) => isPortfolio(i) && (end > start || (!matchOfKind(context, i, 'organization') && !matchOfKind(context, i, 'place')));
  let index = start;
  // "Minister for Europe": after "for" a region may be the portfolio, and after "and" once one
  // was; so may one after "and" where the title ends in a portfolio after "for" ("Minister for
  // Trade and Northern Australia").
  let lastBefore = start - 1;
  while (lastBefore >= 0 && isPortfolio(lastBefore)) lastBefore--;
  const regions = REGION_PORTFOLIO_PREPOSITIONS.has(tokenLower(tokens, start)) || (lastBefore < start - 1 && isWord(tokens, lastBefore) && REGION_PORTFOLIO_PREPOSITIONS.has(tokenLower(tokens, lastBefore)));
  while (index < tokens.count) {
    if (isNextPortfolio(index)) {
      end = ++index;
      continue;
    }
    const region = regions && (index === start || isWordWith(context, index, WordFlag.ListJoiner)) ? regionPortfolioEnd(context, index + 1) : -1;
    if (region > 0) {
      end = index = region;
      continue;
    }
    const joiner = lexicon.hasFlag(tokens.wordIds[index]!, WordFlag.PortfolioJoiner);
    // "Minister for Industry and Science": after a one-word title only "of"/"for" may lead in.
    const leadsIn = index === start && (continuesTitle || (joiner && OFFICE_PREPOSITIONS.has(tokenLower(tokens, index))));
    if (!joiner || (end === start && !leadsIn)) break;
    if (isNextPortfolio(index + 1)) {
      index++;
      continue;
    }
    // "Minister of Trade, and Industry", "Minister of the Environment"
    const second = tokens.wordIds[index + 1] ?? -1;
    if ((lexicon.hasFlag(second, WordFlag.PortfolioJoiner) || (leadsIn && isWordSpelled(tokens, index + 1, 'the'))) && isNextPortfolio(index + 2)) {
      index += 2;
      continue;
    }
    break;
  }
  return end;
}

const REGION_PORTFOLIO_PREPOSITIONS = new Set(['for', 'untuk']);

/**
 * "Europe" of "Minister for Europe", "Northern Australia" of "Minister for Northern
 * Australia", "Wilayah Utara Australia" of "Menteri untuk ...": a place or a country, after
 * a compass word, at `start`, that the office looks after. Returns its end, or -1.
 */
function regionPortfolioEnd(context: RecognitionContext, start: number): number {
  const at = isWordIn(context.tokens, start, context.lexicon.regionCompassWords) ? start + 1 : start;
  const region = matchOfKind(context, at, 'place') ?? matchOfKind(context, at, 'country');
  return region ? region.tokenEnd : -1;
}

/** Tokens inside the brackets of an office's gloss. */
const MAX_GLOSS_TOKENS = 9;

/** "Ketua Oposisi (Ketua Partai Nasional Selandia Baru) Simon Bridges": another office of his in brackets, skipped. */
function skipOfficeGloss(context: RecognitionContext, start: number): number {
  return isPunct(context.tokens, start, '(') && matchOfKind(context, start + 1, 'title') ? skipParenthesis(context, start, MAX_GLOSS_TOKENS) : start;
}

const MAX_BODY_TOKENS = 10;

/**
 * A body between the title and the name that the gazetteer does not know as a whole:
 * named in capitalised words with its abbreviation in parentheses ("Sekjen Organisasi
 * Negara-Negara Amerika (OAS) Albert Ramdin"), or a part of a known body ("Ketua Komisi I
 * DPR Utut Adianto"). Returns the token after it, or `start` when there is none.
 */
function skipNamedBody(context: RecognitionContext, start: number, minimumWords: number): number {
  const { tokens, lexicon } = context;
  if (!isCapitalizedWord(context, start)) return start;
  // "Chinese Premier Li Qiang and WEF Founder ...": a known leader's name, no body's.
  if (matchOfKind(context, start, 'leader')) return start;
  for (let i = start + 1; i < tokens.count && i <= start + MAX_BODY_TOKENS; i++) {
    // "Sekjen PBB Harriet Oduya dan Direktur Jenderal WTO ...", "... serta Direktur Asia Timur":
    // another office starts, not a body.
    if (lexicon.hasFlag(tokens.wordIds[i]!, WordFlag.TitleStart) && (matchOfKind(context, i, 'title') || isWordWith(context, i - 1, WordFlag.ListJoiner))) return start;
    const organization = matchOfKind(context, i, 'organization');
    if (organization) {
      let after = skipParenthesis(context, organization.tokenEnd);
      // "Ketua Komisi I DPR RI Utut Adianto": the state the body belongs to.
      after = matchOfKind(context, after, 'country')?.tokenEnd ?? after;
      return isNameWord(context, after, true) ? after : start;
    }
    if (isPunct(tokens, i, '(')) {
      const abbreviation = i + 1;
      const closed = isAllCapsWord(tokens, abbreviation) && isPunct(tokens, abbreviation + 1, ')');
      // "Sultan Hamengku Buwono (HB) X": a name's initials and its regnal number, no body's.
      if (endOfInitialsAndRegnalNumber(context, i) > i) return start;
      return closed && i - start >= minimumWords && isNameWord(context, abbreviation + 2, true) ? abbreviation + 2 : start;
    }
    const capitalized = isCapitalizedWord(context, i);
    const joiner = isPunct(tokens, i, '-') || isWordWith(context, i, WordFlag.PortfolioJoiner);
    if (!capitalized && !joiner) return start;
  }
  return start;
}

/**
 * "Chairman of CPN-UML K P Sharma Oli": after "of", a body no list knows, named by its
 * abbreviation (parts joined by hyphens), with the name right after it.
 */
function endOfAbbreviatedBodyAfterOf(context: RecognitionContext, index: number): number {
  const { tokens } = context;
  if (!isWordSpelled(tokens, index, 'of')) return index;
  let at = afterDefiniteArticle(tokens, index + 1);
  // "Chairman of PT Sawit": a company's legal form, not a body's abbreviation.
  if (!isAllCapsWord(tokens, at) || context.lexicon.hasMoreFlag(tokens.wordIds[at]!, MoreWordFlag.CompanyPrefix)) return index;
  at++;
  // "PNC-R": a part after a hyphen may be a single capital.
  while (isJoiningHyphen(tokens, at) && (isAllCapsWord(tokens, at + 1) || isCapitalLetter(context, at + 1))) at += 2;
  return isNameWord(context, at, true) ? at : index;
}

/** "sementara", "nonaktif": a modifier written after the title, in lower case, as the English role puts it before. */
function titleModifierAfterAt(context: RecognitionContext, index: number): string | undefined {
  return isLowerCaseWord(context, index) ? context.lexicon.titleModifiersAfter.get(context.tokens.wordIds[index]!) : undefined;
}

/** ", Jawa Tengah," at `comma` with a name after it: the province (its end before the second comma). */
function provinceInCommas(context: RecognitionContext, comma: number) {
  const { tokens } = context;
  if (!isPunct(tokens, comma, ',')) return undefined;
  const province = matchOfKind(context, comma + 1, 'place');
  if (!province || province.payload.place.kind !== 'region' || !isPunct(tokens, province.tokenEnd, ',')) return undefined;
  return isNameWord(context, province.tokenEnd + 1, true) ? province : undefined;
}

/** One past "periode 2014–2019" (or "periode 2014-2019") at `start`, or `start`. */
function skipTermOfOffice(context: RecognitionContext, start: number): number {
  const { tokens } = context;
  if (!isWordIn(tokens, start, context.lexicon.termWords) || tokens.kinds[start + 1] !== TokenKind.Number) return start;
  const dash = start + 2;
  return (isPunct(tokens, dash, '-') || isPunct(tokens, dash, '–')) && tokens.kinds[dash + 1] === TokenKind.Number ? dash + 2 : start;
}

const MAX_ERA_NAME_TOKENS = 6;

/**
 * "di Era Joko Widodo (Jokowi),", "pada era Presiden SBY,", "periode 2015-2016,": the
 * government or years a former office belonged to, between the office and a comma before
 * the name. Returns the comma, or `start`.
 */
function skipGovernmentServedUnder(context: RecognitionContext, start: number): number {
  const { tokens, lexicon } = context;
  const term = skipTermOfOffice(context, start);
  if (term > start) return isPunct(tokens, term, ',') ? term : start;
  const era = isWordIn(tokens, start, lexicon.eraPrepositions) ? start + 1 : start;
  if (!isWordIn(tokens, era, lexicon.eraWords)) return start;
  let end = era + 1;
  const title = matchOfKind(context, end, 'title');
  if (title) end = title.tokenEnd;
  const nameStart = end;
  while (end < nameStart + MAX_ERA_NAME_TOKENS && isCapitalizedWord(context, end)) end++;
  if (end === nameStart) return start;
  end = skipParenthesis(context, end);
  return isPunct(tokens, end, ',') ? end : start;
}

const UNIT_LOCATION_PREPOSITIONS = new Set(['di', 'in']);
/** Capitalised words naming where a unit lies: "Provinsi Sepik Timur", "East Sepik Province". */
const MAX_UNIT_LOCATION_TOKENS = 4;

/** The comma after "di Provinsi Sepik Timur" ("in East Sepik Province") at `start`, or `start`. */
function skipUnitLocation(context: RecognitionContext, start: number): number {
  const { tokens } = context;
  if (!isLowerCaseWord(context, start) || !UNIT_LOCATION_PREPOSITIONS.has(tokenLower(tokens, start))) return start;
  let end = start + 1;
  while (end <= start + MAX_UNIT_LOCATION_TOKENS && isCapitalizedWord(context, end)) end++;
  return end > start + 1 && isPunct(tokens, end, ',') ? end : start;
}

function hasPortfolioWord(context: RecognitionContext, start: number, end: number): boolean {
  const { tokens, lexicon } = context;
  for (let i = start; i < end; i++) {
    if (!isCapitalizedWordWith(context, i, WordFlag.Portfolio)) continue;
    if ((tokens.flags[i]! & TokenFlag.AllCaps) === 0 && lexicon.acronymPortfolioWords.has(tokens.wordIds[i]!)) continue;
    // "Tuan Haji Mohamad bin Sabu": an honorific that is also a portfolio ("Menteri Agama ... Haji");
    // "Bupati Badung Anak Agung Gde Agung": a noble title that is one ("Perlindungan Anak").
    if (lexicon.nameHonorifics.has(tokens.wordIds[i]!)) continue;
    if (lexicon.hasFlag(tokens.wordIds[i]!, WordFlag.GivenNameTitle) && isNameWord(context, i + 1, false)) continue;
    return true;
  }
  return false;
}

/**
 * "Menteri Keternagakerjaan" (misspelt), "Menteri Kependudukan": an Indonesian noun made with
 * ke-...-an names a ministry's field, never a person, though no list knows the word.
 */
function isIndonesianPortfolioNoun(context: RecognitionContext, index: number): boolean {
  if (context.language !== 'id' || !isCapitalizedWord(context, index) || (context.tokens.flags[index]! & TokenFlag.AllCaps) !== 0) return false;
  return /^Ke\p{Ll}{4,}an$/u.test(tokenText(context.tokens, index));
}

/** "Menteri P2MI Mukhtarudin": in Indonesian an acronym holding a digit names a ministry; it is never a name word. */
function isAcronymWithDigit(context: RecognitionContext, index: number): boolean {
  const flags = context.tokens.flags[index]!;
  return context.language === 'id' && isWord(context.tokens, index) && (flags & TokenFlag.AllCaps) !== 0 && (flags & TokenFlag.HasDigit) !== 0;
}

/** "Iranian President", "US Secretary of State", "Australia's Minister": a country just before the title. */
function countryBefore(context: RecognitionContext, titleStart: number): CountryRecord | undefined {
  const { tokens } = context;
  let end = titleStart;
  // "Australia's": the apostrophe and "s" are tokens of their own.
  if (isPossessiveAt(tokens, end - 2)) end -= 2;
  // ("Pak Gubernur": a combining form, "Pak-China", is no state before a title.)
  const match = matchEndingAt(context, 'country', end, LOOK_BACK);
  if (match && !match.payload.combining) return match.payload.country;
  // "Ontario Premier Doug Ford", "Tokyo Governor": the state of a region or city before the title.
  const place = matchEndingAt(context, 'place', end, LOOK_BACK);
  return place && countryOfPlace(context, place.payload);
}

/** Tokens a portfolio in brackets may take: "(Sabah Affairs, Sarawak and Special Duties)". */
const MAX_BRACKETED_PORTFOLIO_TOKENS = 12;

/**
 * After a parenthesis at `start`: a short one ("(Menko)"), or a longer one of capitalised
 * words, commas and joiners that spells out the office's portfolio. Else `start`.
 */
function skipPortfolioInParenthesis(context: RecognitionContext, start: number): number {
  const { tokens, lexicon } = context;
  const short = skipParenthesis(context, start);
  if (short > start || !isPunct(tokens, start, '(')) return short;
  for (let i = start + 1; i < tokens.count && i <= start + MAX_BRACKETED_PORTFOLIO_TOKENS + 1; i++) {
    if (isPunct(tokens, i, ')')) return i > start + 1 ? i + 1 : start;
    const joiner = isPunct(tokens, i, ',') || isPunct(tokens, i, '&') || lexicon.hasFlag(tokens.wordIds[i] ?? -1, WordFlag.PortfolioJoiner);
    if (!joiner && !isCapitalizedWord(context, i)) return start;
  }
  return start;
}

/** A name of two words or more at `start` after honorifics or courtesy titles, with where it starts; undefined without a style. */
function styledNameAfter(context: RecognitionContext, start: number): { start: number; end: number } | undefined {
  const { lexicon } = context;
  let at = start;
  for (;;) {
    const afterCourtesy = afterCourtesyTitle(context, at);
    if (afterCourtesy > at) at = afterCourtesy;
    else if (isCapitalizedWordIn(context, at, lexicon.nameHonorifics)) at++;
    else break;
  }
  if (at === start) return undefined;
  const end = readPersonName(context, at, true);
  return end > at && nameWordCount(context, at, end) >= 2 ? { start: at, end } : undefined;
}

/** A building named after the office whose title starts at `title` ("rumah dinas Plt Gubernur"), a modifier between. */
function isOfficeBuildingBefore(context: RecognitionContext, title: number): boolean {
  return context.lexicon.officeBuildings.startEndingAt(context.tokens, modifiedTitleStart(context, title) - 1) >= 0;
}

/** Where a title at `title` starts with the modifier written right before it ("Plt Gubernur", "Almarhum Sultan"). */
function modifiedTitleStart(context: RecognitionContext, title: number): number {
  const { tokens, lexicon } = context;
  return isWordIn(tokens, title - 1, lexicon.titleModifiers) ? title - 1 : title;
}

// ("Menko bidang Kemaritiman": the Indonesian "field of".)
const OFFICE_PREPOSITIONS = new Set(['for', 'of', 'bidang']);

/** The last word ("of", "for") of the words leading in to a portfolio at `start` ("in charge of"), or `start`. */
function officeLeadInEnd(context: RecognitionContext, start: number): number {
  const end = context.lexicon.officeLeadIns.endStartingAt(context.tokens, start);
  return end < 0 ? start : end - 1;
}

const MAX_OFFICE_TOKENS = 12;

/**
 * The name of an office written out after its title and set off by commas, with the name
 * after it in commas too: "Minister for International Development and the Pacific,
 * Pat Conroy, said". Returns the comma before the name, or -1. The commas around the name
 * are what tell the office's end from the name's start; `continuesTitle`: the title holds a
 * portfolio, which "and" may go on ("Minister of Energy and ..."). Where no country named the office
 * (`courtesyOnly`), only a courtesy title after the comma tells it: "the Minister of Energy
 * and Public Utilities, Mr Patrick Assirvaden;".
 */
function officeNameComma(context: RecognitionContext, start: number, continuesTitle: boolean, courtesyOnly: boolean): number {
  const { tokens, lexicon } = context;
  // "Minister of Investment" (a title of its own) ", Convergence and Evaluation of Public Policies, Mohcine Jazouli,".
  const commaAfterTitle = continuesTitle && isPunct(tokens, start, ',');
  if (!commaAfterTitle && !isLowerCaseWord(context, start)) return -1;
  // "Minister of Energy" (a title of its own) "and Public Utilities, Mr ...".
  const leadsIn = commaAfterTitle || OFFICE_PREPOSITIONS.has(tokenLower(tokens, start)) || (continuesTitle && lexicon.hasFlag(tokens.wordIds[start]!, WordFlag.PortfolioJoiner));
  if (!leadsIn) return -1;
  const the = lexicon.vocabulary.find('the');
  let lastWasName = false;
  // "Minister of Investment, Convergence and Evaluation of Public Policies, Mohcine Jazouli,":
  // an office listed in commas up to its "and" shows its own end without a courtesy title.
  let listed = commaAfterTitle;
  let listClosed = false;
  for (let i = start + 1; i < tokens.count && i <= start + MAX_OFFICE_TOKENS; i++) {
    if (isPunct(tokens, i, ',') && lastWasName) {
      const courtesy = afterCourtesyTitle(context, i + 1);
      if ((courtesyOnly || commaAfterTitle) && courtesy === i + 1 && !listClosed) {
        if (listed) return -1;
        listed = true;
        lastWasName = false;
        continue;
      }
      const nameEnd = readPersonName(context, courtesy);
      // "Minister of Development, Industry, and Foreign Trade, Luiz Fernando Furlan,": the
      // office's comma list goes on until a name that is no portfolio.
      const ended = isPunct(tokens, nameEnd, ',') || (courtesy > i + 1 && (isPunct(tokens, nameEnd, ';') || isPunct(tokens, nameEnd, '.')));
      if (nameEnd > courtesy && ended && !hasPortfolioWord(context, courtesy, nameEnd)) return i;
    }
    if (!isWord(tokens, i) && !isPunct(tokens, i, ',') && !isPunct(tokens, i, '&')) return -1;
    const capitalized = isCapitalizedWord(context, i);
    const joiner = lexicon.hasFlag(tokens.wordIds[i]!, WordFlag.PortfolioJoiner) || (the >= 0 && tokens.wordIds[i] === the);
    if (!capitalized && !joiner) return -1;
    // "Leader of the Chagos Refugees Group, Mr ...": a body's name, not a portfolio.
    if (courtesyOnly && capitalized && lexicon.hasFlag(tokens.wordIds[i]!, WordFlag.NameHeadAfter)) return -1;
    if (listed && isWordWith(context, i, WordFlag.ListJoiner)) listClosed = true;
    // "Minister for Health, Stephen Donnelly and the Minister for Foreign Affairs, ...": an
    // office after the comma list's "and" is another's, and the list was a name.
    if (listClosed && capitalized && isWordWith(context, i, WordFlag.TitleStart) && matchOfKind(context, i, 'title')) return -1;
    lastWasName = capitalized;
  }
  return -1;
}

const MAX_ORGANIZATION_BEFORE = 8;
const PREPOSITIONS = new Set(['dari', 'of', 'asal', 'from']);

function isPreposition(context: RecognitionContext, index: number): boolean {
  const { tokens } = context;
  return PREPOSITIONS.has(context.text.slice(tokens.starts[index]!, tokens.ends[index]!).toLowerCase());
}

function isJurisdictionNamedInText(context: RecognitionContext, index: number): boolean {
  return namedJurisdictions(context).has(tokenText(context.tokens, index));
}

const MAX_UNIT_NAME_WORDS = 3;

/**
 * After "Provinsi", "Prefektur", "Kabupaten" and the like at `start`: the end of the unit's
 * name and of a "di <country>" after it ("Provinsi Madang di Papua Nugini (PNG)"), or
 * `start`. A name no gazetteer knows must end at a comma, or it could run into the person's.
 */
function endOfUnitNamedByKind(context: RecognitionContext, start: number): number {
  const { tokens, lexicon } = context;
  if (!isCapitalizedWord(context, start)) return start;
  let end = afterJurisdictionHead(context, start);
  if (end < 0) return start;
  const place = matchOfKind(context, end, 'place');
  if (place) end = place.tokenEnd;
  else {
    const nameStart = end;
    end = endOfUnitName(context, nameStart);
    if (end === nameStart) return start;
  }
  if (isWordIn(tokens, end, lexicon.placePrepositions)) {
    const where = matchOfKind(context, end + 1, 'country') ?? matchOfKind(context, end + 1, 'place');
    if (where) end = skipParenthesis(context, where.tokenEnd);
  }
  return place || isPunct(tokens, end, ',') ? end : start;
}

/**
 * The end of up to three capitalised words from `start` that may name a unit, a hyphen joining
 * a word to the last ("Jeollabuk-do"); stops before a kind word ("Kano State"). `start` if none.
 */
function endOfUnitName(context: RecognitionContext, start: number): number {
  const { tokens } = context;
  let end = start;
  for (let words = 0; words < MAX_UNIT_NAME_WORDS && isCapitalizedWord(context, end) && !isJurisdictionKind(context, end); words++) {
    end++;
    if (isJoiningHyphen(tokens, end) && isWord(tokens, end + 1)) end += 2;
  }
  return end;
}

/**
 * "Governor of Kano State, Abba Kabir Yusuf", "Governor of Jeollabuk-do Province Kim
 * Kwan-young", "Governor of the State of Yap, Charles Chieng": after a jurisdiction's title,
 * "of" and a unit written with its kind. Returns the unit's end, or `start`. With the kind
 * first only a comma or a known place tells the unit's name from the person's.
 */
function endOfUnitAfterOf(context: RecognitionContext, start: number): number {
  const { tokens } = context;
  if (!isWordSpelled(tokens, start, 'of')) return start;
  const at = afterDefiniteArticle(tokens, start + 1);
  // "of the State of Kano", "of the state of Táchira"
  const kindOf = at === start + 2 ? isWordIn(tokens, at, context.lexicon.jurisdictionKinds) : isJurisdictionKind(context, at);
  if (kindOf && isWordSpelled(tokens, at + 1, 'of')) {
    const place = matchOfKind(context, at + 2, 'place');
    if (place) return place.tokenEnd;
    const end = endOfUnitName(context, at + 2);
    return end > at + 2 && isPunct(tokens, end, ',') ? end : start;
  }
  const end = endOfUnitName(context, at);
  if (end > at && isJurisdictionKind(context, end)) return end + 1;
  // "mayor of Cuernavaca, Cuauhtémoc Blanco": a unit no list knows, set off by a comma before the name.
  const unknown = at === start + 1 && !matchOfKind(context, at, 'place') && !matchOfKind(context, at, 'organization') && !matchOfKind(context, at, 'country');
  return unknown && end > at && isPunct(tokens, end, ',') && isCapitalizedWord(context, end + 1) ? end : start;
}

/** A capitalised word naming a kind of unit: "State", "Province", "Prefecture". */
function isJurisdictionKind(context: RecognitionContext, index: number): boolean {
  return isCapitalizedWordIn(context, index, context.lexicon.jurisdictionKinds);
}

/** A Javanese court style ("Kanjeng", "Bendara"), before which a royal title is no office. */
function isNobleStyle(context: RecognitionContext, index: number): boolean {
  return isWordIn(context.tokens, index, context.lexicon.nobleStylesBeforeTitle);
}

/** The token after a jurisdiction's head word at `index` ("Kabupaten", "Kab." with its dot), or -1. */
function afterJurisdictionHead(context: RecognitionContext, index: number): number {
  const { tokens, lexicon } = context;
  if (!isWord(tokens, index) || !lexicon.jurisdictionHeads.has(tokens.wordIds[index]!)) return -1;
  return isPunct(tokens, index + 1, '.') ? index + 2 : index + 1;
}

const jurisdictionsByText = new WeakMap<TokenStream, Set<string>>();

/** The words the text writes after "Kabupaten", "Kota", "Kab." or, capitalised, after "di": found in one pass, once per text. */
function namedJurisdictions(context: RecognitionContext): Set<string> {
  const { tokens, lexicon } = context;
  let named = jurisdictionsByText.get(tokens);
  if (!named) {
    named = new Set();
    for (let i = 0; i < tokens.count; i++) {
      if (!isWord(tokens, i)) continue;
      if (lexicon.placePrepositions.has(tokens.wordIds[i]!)) {
        if (isCapitalizedWord(context, i + 1)) named.add(tokenText(tokens, i + 1));
        continue;
      }
      const next = afterJurisdictionHead(context, i);
      if (next >= 0 && isWord(tokens, next)) named.add(tokenText(tokens, next));
    }
    jurisdictionsByText.set(tokens, named);
  }
  return named;
}

const wordPositionsByText = new WeakMap<TokenStream, Map<number, readonly number[]>>();

/**
 * "Gubernur Viktor Bungtilu Laiskodat" where the text also names him "Gubernur NTT Viktor
 * Bungtilu Laiskodat": the words [start, end) written elsewhere after another word, so the
 * first is his given name, not a regency. Positions of a word are found in one pass over the
 * text's hashes, once per text and word.
 */
function isNameWrittenElsewhere(context: RecognitionContext, start: number, end: number): boolean {
  const { tokens } = context;
  let byHash = wordPositionsByText.get(tokens);
  if (!byHash) wordPositionsByText.set(tokens, (byHash = new Map()));
  const hash = tokens.hashes[start]!;
  let positions = byHash.get(hash);
  if (!positions) {
    const found: number[] = [];
    for (let i = 0; i < tokens.count; i++) if (tokens.hashes[i] === hash && tokens.kinds[i] === TokenKind.Word) found.push(i);
    byHash.set(hash, (positions = found));
  }
  const length = end - start;
  return positions.some((at) => {
    if (at === start || at + length > tokens.count || tokens.wordIds[at - 1] === tokens.wordIds[start - 1]) return false;
    for (let k = 0; k < length; k++) if (tokens.hashes[at + k] !== tokens.hashes[start + k]) return false;
    return true;
  });
}

/** "Wakil Gubernur Uu Ruzhanul Ulum": no regency is named in two letters unless abbreviated in capitals ("Bupati SBB"). */
function couldNameRegency(tokens: TokenStream, index: number): boolean {
  return tokens.ends[index]! - tokens.starts[index]! > 2 || isAllCapsWord(tokens, index);
}

/** Whether a place or country at `start` is followed by a person's name of two words or more. */
function isJurisdictionBeforeName(context: RecognitionContext, start: number): boolean {
  const jurisdiction = matchOfKind(context, start, 'place') ?? matchOfKind(context, start, 'country');
  if (!jurisdiction) return false;
  const nameEnd = readPersonName(context, jurisdiction.tokenEnd, true);
  return nameEnd > 0 && nameWordCount(context, jurisdiction.tokenEnd, nameEnd) >= 2;
}

/** A person's name of two words or more that fills the brackets closing right before `after`, or undefined. */
function nameInBracketsBefore(context: RecognitionContext, after: number): { start: number; end: number } | undefined {
  const open = parenthesisStartBefore(context, after);
  if (open === after) return undefined;
  const end = readPersonName(context, open + 1, true);
  return end === after - 1 && nameWordCount(context, open + 1, end) >= 2 ? { start: open + 1, end } : undefined;
}

function nameWordCount(context: RecognitionContext, start: number, end: number): number {
  let words = 0;
  const { tokens } = context;
  // Initials ("Ahsan H. Mansur") are no words of their own.
  for (let i = start; i < end; i++) if (isCapitalizedWord(context, i) && tokens.ends[i]! - tokens.starts[i]! > 1) words++;
  return words;
}

const MILITARY_COMMANDER = 'Military Commander';
const MINISTER = 'Minister';
/** The roles of titles that are also ranks: English "General", "Admiral"; Indonesian "Jenderal", "Laksamana", "Marsekal". */
const MILITARY_RANK_ROLES = new Set([MILITARY_COMMANDER, 'General', 'Admiral', 'Air Marshal']);
const DIRECTOR_GENERAL = 'Director-General';
const SECRETARY_GENERAL = 'Secretary-General';
const MANAGING_DIRECTOR = 'Managing Director';
const VICE_PRESIDENT = 'Vice President';
const COMPANY_HEAD_ROLES = new Set(['Chief Executive', 'President', 'Chairman']);

/** Whether a capitalised word that no list knows as a place, country or body ends right before `index`. */
function isUnknownNameBefore(context: RecognitionContext, index: number): boolean {
  const before = index - 1;
  if (!isNameWord(context, before, true)) return false;
  return !matchEndingAt(context, 'place', index, MAX_BODY_WORDS_BEFORE) && !matchEndingAt(context, 'country', index, MAX_BODY_WORDS_BEFORE) && !matchEndingAt(context, 'organization', index, MAX_BODY_WORDS_BEFORE);
}

/** "Under Secretary of Commerce", "Assistant Secretary of State": a lower office ending in the title's first word. */
function isSubordinateOffice(context: RecognitionContext, titleStart: number): boolean {
  return context.lexicon.subordinateTitles.startEndingAt(context.tokens, titleStart) >= 0;
}

/** One past a capitalised military rank at `start`, its modifiers first ("Rear Admiral", "Brig. Gen."); else `start`. */
function endOfMilitaryRank(context: RecognitionContext, start: number): number {
  const { tokens, lexicon } = context;
  let at = start;
  while (isCapitalizedWordIn(context, at, lexicon.militaryRankModifiers)) {
    at++;
    if (isPunct(tokens, at, '.')) at++;
  }
  if (!isCapitalizedWord(context, at)) return start;
  const rank = matchOfKind(context, at, 'title');
  return rank?.payload.role === MILITARY_COMMANDER ? rank.tokenEnd : start;
}

/**
 * One past "Mayjen TNI (Purn.)", "Irjen. Pol.", "Marsekal Udara (ACM)" at `start`: a rank, its
 * dot, grade, service and retirement, and its abbreviation in brackets; else `start`.
 */
function endOfServiceRank(context: RecognitionContext, start: number): number {
  const { tokens, lexicon } = context;
  if (!isCapitalizedWord(context, start) || !lexicon.serviceRanks.has(tokens.wordIds[start]!)) return start;
  let at = start + 1;
  if (isPunct(tokens, at, '.')) at++;
  for (;;) {
    const bracketed = isPunct(tokens, at, '(') ? 1 : 0;
    const word = at + bracketed;
    const abbreviation = bracketed === 1 && isAllCapsWord(tokens, word);
    // "Lt Gen (retd)": a rank of two words, and the retired's mark in lower case.
    const tail = isCapitalizedWord(context, word) ? abbreviation || isServiceRankWord(context, word) : isWordIn(tokens, word, lexicon.retiredRankTails);
    if (!tail) return at;
    let next = at + bracketed + 1;
    if (isPunct(tokens, next, '.')) next++;
    if (bracketed) {
      if (!isPunct(tokens, next, ')')) return at;
      next++;
    }
    at = next;
  }
}

/** Whether the service rank from `start` to `end` has a tail that marks the retired ("Mayjen TNI (Purn.)"). */
function hasRetiredTail(context: RecognitionContext, start: number, end: number): boolean {
  const { tokens, lexicon } = context;
  for (let at = start + 1; at < end; at++) if (lexicon.retiredRankTails.has(tokens.wordIds[at]!)) return true;
  return false;
}

function isRankGraded(context: RecognitionContext, titleEnd: number): boolean {
  return isCapitalizedWordIn(context, titleEnd, context.lexicon.rankGradesAfter);
}

function isRankModified(context: RecognitionContext, titleStart: number): boolean {
  const { tokens, lexicon } = context;
  let before = titleStart - 1;
  if (isPunct(tokens, before, '.')) before--;
  return isWordIn(tokens, before, lexicon.militaryRankModifiers);
}

/**
 * One past "Kutai Timur", "Sumba Barat Daya", "Kepulauan Aru" at `start`: a capitalised word
 * and the compass words after it, or a region prefix and the word after it; else `start`.
 */
function endOfCompassRegion(context: RecognitionContext, start: number): number {
  const { tokens, lexicon } = context;
  if (!isCapitalizedWord(context, start)) return start;
  const prefixed = lexicon.regionPrefixes.has(tokens.wordIds[start]!) && isCapitalizedWord(context, start + 1);
  if (!prefixed && !isCompassWord(context, start + 1)) return start;
  let end = start + 2;
  while (isCompassWord(context, end)) end++;
  return end;
}

/** "hakim ketua Tom Harrow", "Ketua Majelis Hakim Tom Harrow": a judge word before the title or after "Majelis". */
function isJudgeTitle(context: RecognitionContext, title: number, nameStart: number): boolean {
  const { tokens, lexicon } = context;
  if (isLowerCaseWord(context, title - 1) && isWordIn(tokens, title - 1, lexicon.judgeWords)) return true;
  return isWordSpelled(tokens, nameStart - 1, 'majelis') && isWordIn(tokens, nameStart, lexicon.judgeWords);
}

/**
 * Whether an aide's word stands before the title: "Juru bicara Wakil Presiden". Past "to
 * the" or "of the" only when a comma sets the name off ("Spokesperson to the President,
 * Vincent Magwenya"): in "an adviser to President Prabowo" the name is the President's.
 */
function isAideOfTitle(context: RecognitionContext, title: number, commaBeforeName: boolean): boolean {
  const { tokens } = context;
  // English puts a second office before the title as a noun: "Cabinet Spokesman Minister Nalinda Jayatissa".
  if (!commaBeforeName && context.language === 'en') return false;
  // "Juru Bicara (Jubir) Wapres": the aide's short title in brackets between.
  let at = parenthesisStartBefore(context, title) - 1;
  if (commaBeforeName && isWordSpelled(tokens, at, 'the') && (isWordSpelled(tokens, at - 1, 'to') || isWordSpelled(tokens, at - 1, 'of'))) {
    at -= 2;
    // "Communication Expert to the president, Tika Dhakal": a post's capitalised name before "to the".
    if (isWordSpelled(tokens, at + 1, 'to') && isCapitalizedWord(context, at) && !isSentenceStart(context, at)) return true;
  }
  if (isAideWordAt(context, at)) return true;
  // "Staf Khusus Bidang Komunikasi Publik dan Hubungan Antar Lembaga Menteri Pertahanan": the aide's own field between.
  const field = aideFieldStartBefore(context, at + 1);
  return field <= at && isAideWordAt(context, field - 1);
}

/** "juru bicara", "asisten pribadi": an aide's word ending at `at`. */
function isAideWordAt(context: RecognitionContext, at: number): boolean {
  const { tokens, lexicon } = context;
  // "asisten pribadi Menpora"
  if (lexicon.aideQualifiers.has(tokens.wordIds[at] ?? -1)) at--;
  return lexicon.aidesBefore.has(tokens.wordIds[at] ?? -1);
}

/** Words an aide's field may take between "Bidang" and the title of whom he serves. */
const MAX_AIDE_FIELD_TOKENS = 10;

/** Where "Bidang ..." of capitalised words and joiners ending right before `end` starts, or `end`. */
function aideFieldStartBefore(context: RecognitionContext, end: number): number {
  const { tokens, lexicon } = context;
  for (let at = end - 1; at >= 0 && end - at <= MAX_AIDE_FIELD_TOKENS; at--) {
    if (isWordSpelled(tokens, at, 'bidang')) return at;
    if (!isCapitalizedWord(context, at) && !lexicon.hasFlag(tokens.wordIds[at]!, WordFlag.PortfolioJoiner) && !isPunct(tokens, at, ',')) return end;
  }
  return end;
}

function isCompassWord(context: RecognitionContext, index: number): boolean {
  const { lexicon } = context;
  return isCapitalizedWordIn(context, index, lexicon.compassWords);
}

/** Capitalised words a body's name may have before its head's title. */
const MAX_BODY_WORDS_BEFORE = 5;

/**
 * The start of the run of capitalised words before a title at `index` ("Meat Industry
 * Association chairman"), also over ", whose" ("Auckland Airport, whose chief executive").
 */
function capitalizedRunStartBefore(context: RecognitionContext, index: number): number {
  const { tokens } = context;
  let end = index;
  if (isWordSpelled(tokens, end - 1, 'whose') && isPunct(tokens, end - 2, ',')) end -= 2;
  let start = end;
  while (start > 0 && end - start < MAX_BODY_WORDS_BEFORE && isCapitalizedWord(context, start - 1)) start--;
  return start;
}

/**
 * Whether a word of a business body's name, or a business or civil-society body the gazetteer
 * knows, lies between `start` and `end` ("Ketua Perkumpulan Pengusaha Gula", "Ketua Dewan
 * Penasihat Kadin", "Wakil Ketua Baznas").
 */
function hasBusinessWord(context: RecognitionContext, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (!isCapitalizedWord(context, i)) continue;
    // "Menteri Negara Persatuan Emirat Arab": a state's name.
    const country = matchOfKind(context, i, 'country');
    if (country) {
      i = country.tokenEnd - 1;
      continue;
    }
    // "Federation Council Speaker": a state body's name holds no business body's word.
    const match = matchOfKind(context, i, 'organization');
    const organization = match?.payload.organization;
    if (organization && isHeadedByNoLeader(organization)) return true;
    if (match && organization?.country !== undefined) {
      i = match.tokenEnd - 1;
      continue;
    }
    if (context.lexicon.hasMoreFlag(context.tokens.wordIds[i]!, MoreWordFlag.BusinessBody)) return true;
  }
  return false;
}

function isPortfolioWithPossessive(context: RecognitionContext, index: number): boolean {
  const word = tokenText(context.tokens, index);
  if (!word.endsWith(INDONESIAN_POSSESSIVE_SUFFIX) || word.length <= 5) return false;
  return context.lexicon.hasFlag(context.lexicon.vocabulary.find(word.slice(0, -INDONESIAN_POSSESSIVE_SUFFIX.length)), WordFlag.Portfolio);
}

/** A hyphen, en dash or em dash with a space on each side. */
function isSpacedDash(tokens: TokenStream, index: number): boolean {
  return isDash(tokens, index) && !isAttachedToPrevious(tokens, index) && !isAttachedToPrevious(tokens, index + 1);
}

/** A state's name, not its demonym, at `index`: "of the Lao People's Revolutionary Party" names a party. */
function isStateNameAt(context: RecognitionContext, index: number): boolean {
  const match = matchOfKind(context, index, 'country');
  return match !== undefined && !match.payload.demonym;
}

/**
 * The country's first token after a state's official form at `start` ("Republik", "Republik
 * Sosialis", "the Islamic Republic of", "Kingdom of the") when a country follows it; else `start`.
 */
function stateFormEnd(context: RecognitionContext, start: number): number {
  const { tokens } = context;
  let at = start;
  while (isCapitalizedWordWithMore(context, at, MoreWordFlag.StateFormModifier)) at++;
  if (!isCapitalizedWordWithMore(context, at, MoreWordFlag.StateForm)) return start;
  at++;
  while (isCapitalizedWordWithMore(context, at, MoreWordFlag.StateFormModifier)) at++;
  if (matchOfKind(context, at, 'country')) return at;
  if (!isWordSpelled(tokens, at, 'of')) return start;
  at = afterDefiniteArticle(tokens, at + 1);
  return matchOfKind(context, at, 'country') ? at : start;
}

const MAX_CONCURRENT_POST_WORDS = 8;

/**
 * "Wakil Ketua MPR RI sekaligus Anggota Komisi VIII DPR RI, Hidayat Nur Wahid": a second post
 * after a joiner, in capitalised words, numbers and abbreviations up to a comma. The comma's
 * index, or `next` when no such post follows or the post is a leader's office, read on its own.
 */
function skipConcurrentPost(context: RecognitionContext, next: number): number {
  const { tokens, lexicon } = context;
  if (!isWordIn(tokens, next, lexicon.concurrentPostJoiners) || !isCapitalizedWord(context, next + 1)) return next;
  // "Putra Mahkota sekaligus Perdana Menteri Arab Saudi, Mohammed bin Salman": a leader's office second, which names him itself.
  if (matchOfKind(context, next + 1, 'title')) return next;
  for (let i = next + 1; i <= next + MAX_CONCURRENT_POST_WORDS && i < tokens.count; i++) {
    if (isPunct(tokens, i, ',')) return i;
    if (!isWord(tokens, i) || (tokens.flags[i]! & (TokenFlag.Capitalized | TokenFlag.AllCaps | TokenFlag.HasDigit)) === 0) return next;
  }
  return next;
}

/** Lower-case words a civic body's name may have before its head's title ("electoral commission"). */
const MAX_CIVIC_BODY_WORDS = 3;
const BODY_HEAD_ROLES = new Set(['President', 'Chair', 'Secretary-General', 'President of the European Commission']);

/** "electoral commission president Ibrahime Coulibaly", "football federation chairman": the head of a civic body, in lower case, holds no public office. */
function isCivicBodyHead(context: RecognitionContext, index: number, role: string): boolean {
  if (!BODY_HEAD_ROLES.has(role) || !isLowerCaseWord(context, index)) return false;
  for (let at = index - 1; at >= index - MAX_CIVIC_BODY_WORDS && isLowerCaseWord(context, at); at--) {
    if (isWordIn(context.tokens, at, context.lexicon.civicBodyWordsBeforeTitle)) return true;
  }
  return false;
}
