import { strict as assert } from 'node:assert';
import { annotate } from '../../../src/core';
import { entityOf, mentions, texts } from './annotatorTestHelpers';

describe('countries', () => {
  it('reads English "America" and the Philippine press\'s "PH", but not regions or "pH"', () => {
    assert.deepEqual(texts('Shipments to America fell while Latin America and North America grew.', 'country'), ['America']);
    assert.deepEqual(texts('PH, Japan warships sail together; the pH of the water rose.', 'country'), ['PH', 'Japan']);
    assert.deepEqual(texts('Việt Nam exported 7.9 million tonnes of rice.', 'country'), ['Việt Nam']);
  });

  it('links names, short forms and abbreviations to one ISO code', () => {
    const document = annotate('Amerika Serikat dan RRT bertemu. AS menuntut Tiongkok dan China membuka pasar, kata RI.');
    assert.deepEqual(
      document.annotations.filter((a) => a.type === 'country').map((a) => a.text),
      ['Amerika Serikat', 'RRT', 'AS', 'Tiongkok', 'China', 'RI'],
    );
    assert.equal(entityOf(document, 'AS').id, entityOf(document, 'Amerika Serikat').id);
    assert.equal(entityOf(document, 'AS').attributes.iso3166, 'US');
    assert.equal(entityOf(document, 'RRT').id, entityOf(document, 'China').id);
  });

  it('knows "Persatuan Emirat Arab", its "PEA", the one-word "Srilanka", the misspelt "Sri Langka" and the dotted "A.S."', () => {
    assert.deepEqual(texts('Presiden Persatuan Emirat Arab (PEA), Srilanka, Sri Langka dan A.S. Pea soup.', 'country'), ['Persatuan Emirat Arab', 'PEA', 'Srilanka', 'Sri Langka', 'A.S.']);
    assert.deepEqual(texts('Dubes RI untuk Equador dan United Emirat Arab hadir.', 'country'), ['RI', 'Equador', 'United Emirat Arab']);
  });

  it('knows the Trinidad press\'s "TT" and the Malaysian "M\'sia", but not "TL", which is also the Turkish lira', () => {
    assert.deepEqual(texts("Other TT-Venezuela deals; TT's Prime Minister met Brunei and M'sia. The tt of it.", 'country'), ['TT', 'Venezuela', 'TT', 'Brunei', "M'sia"]);
    assert.deepEqual(texts("Timor-Leste thanked Indonesia for TL's development.", 'country'), ['Timor-Leste', 'Indonesia']);
  });

  it('knows the Balkan press\'s "BiH" for Bosnia and Herzegovina', () => {
    const document = annotate('The Council of Ministers of BiH met in Sarajevo, the capital of Bosnia and Herzegovina.');
    assert.deepEqual(document.annotations.filter((a) => a.type === 'country').map((a) => a.text), ['BiH', 'Bosnia and Herzegovina']);
    assert.equal(entityOf(document, 'BiH').mentions.length, 2);
  });

  it("leaves a chamber of commerce's country word in its name", () => {
    assert.deepEqual(texts('Kamar Dagang Amerika bertemu pejabat Indonesia.', 'country'), ['Indonesia']);
  });

  it("leaves the chamber's country word in its name past its abbreviation, and a venue's", () => {
    assert.deepEqual(texts('Kamar Dagang dan Industri (Kadin) Indonesia bertemu Kedutaan Besar (Kedubes) Jepang.', 'country'), ['Jepang']);
    // A people noun is capitalised at a sentence's start; a business's name is not a people noun.
    assert.deepEqual(texts('Pasar tumbuh. Pengusaha Indonesia dan India bersepakat. Bisnis Indonesia melaporkannya.', 'country'), ['Indonesia', 'India']);
    assert.deepEqual(texts('Mantan Dubes Ikut Pertemuan Pengusaha Korsel dengan Prabowo\n\nIa hadir.', 'country'), ['Korsel']);
    assert.deepEqual(texts('Pameran di Indonesia Convention Exhibition, lalu ke Korea.', 'country'), ['Korea']);
    assert.deepEqual(texts('Iven Indonesia Middle East Update 2016 digelar; laporan ke Bursa Malaysia, seperti BEI di Malaysia.', 'country'), ['Malaysia']);
    assert.deepEqual(texts('Hadir Persatuan Cendekiawan Minang Malaysia (PCMM) di ajang Indonesia Gastrodiplomacy Series di Swiss-Belhotel Tarakan.', 'country'), []);
    assert.deepEqual(texts('He visited the Dutch Travel Week and the China International Import Exposition, Bahrain Mirror said of Bahrain.', 'country'), ['Bahrain']);
    assert.deepEqual(texts('di Uni Emirates Arab', 'country'), ['Uni Emirates Arab']);
    assert.deepEqual(texts('Costa Rica has a treaty with México, Perú and Panamá; Cote d’Ívoire too.', 'country'), ['Costa Rica', 'México', 'Perú', 'Panamá', 'Cote d’Ívoire']);
    assert.deepEqual(texts('He said the State of Qatar would invest, and met the Head of State of Kuwait.', 'country'), ['State of Qatar', 'Kuwait']);
  });

  it('reads a name in lower case where the same text writes it with capitals', () => {
    assert.deepEqual(
      texts('Presiden India bertemu Presiden Korea Selatan. Sebelumnya Perdana Menteri india dan wisatawan asal korea selatan datang.', 'country'),
      ['India', 'Korea Selatan', 'india', 'korea selatan'],
    );
    assert.deepEqual(texts('Wisatawan asal tiongkok datang ke Bali.', 'country'), []);
    assert.deepEqual(texts('Spare parts aided by China, and by china (see www.china.org.cn, #china).', 'country'), ['China', 'china']);
    // Not the state: a language, a name's words in lower case.
    assert.deepEqual(texts('Inggris mengajar bahasa inggris.', 'country'), ['Inggris']);
    assert.deepEqual(texts('Kawasan itu (indonesia green industrial park) ada di Indonesia.', 'country'), ['Indonesia']);
  });

  it('reads the abbreviation a text defines in brackets after a state\'s name wherever the text uses it', () => {
    assert.deepEqual(
      texts('Duta Besar RI untuk Timor Leste (TL) bertugas di TL. Harga 5 TL naik. Menlu TL hadir.', 'country'),
      ['RI', 'Timor Leste', 'TL', 'TL', 'TL'],
    );
    // Not without the definition, nor capitals that open with another letter.
    assert.deepEqual(texts('Duta Besar untuk Timor Leste (DB) bertugas di TL dan DB.', 'country'), ['Timor Leste']);
    // The long official form opens with the abbreviation's letter; a project named after it is no state.
    assert.deepEqual(
      texts('The Federated States of Micronesia (FSM) asked for help. The FSM PRIME Project will improve the FSM roads.', 'country'),
      ['Federated States of Micronesia', 'FSM', 'FSM'],
    );
    // Capitals the vocabulary does not know are told apart by their letters, not all taken for the one defined.
    assert.deepEqual(texts('Micronesia (MI) gets loans from the International Development Association (IDA) and the ADB; MI pays.', 'country'), ['Micronesia', 'MI', 'MI']);
    // Capitals whose letters the name does not spell in order name an index, a currency or a body named after the state.
    assert.deepEqual(
      texts('Rupiah Indonesia (IDR) melemah, indeks Singapura (STI) naik, dan Border Guard Bangladesh (BGB) berjaga. IDR, STI, BGB.', 'country'),
      ['Indonesia', 'Singapura', 'Bangladesh'],
    );
  });

  it("leaves a company's, a club's and a business event's country word in its name", () => {
    assert.deepEqual(texts('The Vietnam-Singapore Industrial Park network grew in Vietnam.', 'country'), ['Vietnam']);
    // An event's name, not the parties' own meeting.
    assert.deepEqual(texts('He attended the US-Africa Business Summit, the Indonesia Investment Summit and the ASEAN-China Summit.', 'country'), ['China']);
    assert.deepEqual(texts('Wakil Presdir Toyota Motor Manufacturing Indonesia hadir; Hyundai Motor Vietnam juga.', 'country'), []);
    assert.deepEqual(texts('The Jakarta Japan Club met at the Indonesia-Korea CEO Roundtable with Korea.', 'country'), ['Korea']);
    // An industry's word ends a maker's name without "PT"; in lower case it names goods, not a body.
    assert.deepEqual(texts('Pabrik Lotte Chemical Indonesia (LCI) dan Yih Quan Footwear Indonesia dibuka.', 'country'), []);
    assert.deepEqual(texts('Poland buys 48 new batteries of the US-made Patriot system.', 'country'), ['Poland', 'US']);
  });

  it('knows "T&T" and the saints\' states written "St" without its dot', () => {
    assert.deepEqual(texts('Uni Sovyet runtuh.', 'country'), ['Uni Sovyet']);
    // Philippine outlets' "PHL", and the common misspelling with two l's.
    assert.deepEqual(texts('PHL files a protest. Phillippine President Marcos toured the southern Phillippines.', 'country'), ['PHL', 'Phillippine', 'Phillippines']);
    assert.deepEqual(texts('T&T, Guyana sign MoU. St Lucia, St Kitts and Nevis and St Vincent and the Grenadines met.', 'country'), ['T&T', 'Guyana', 'St Lucia', 'St Kitts and Nevis', 'St Vincent and the Grenadines']);
  });

  it('reads no state in the anthem "Indonesia Raya"', () => {
    assert.deepEqual(texts('Acara dibuka dengan lagu kebangsaan Indonesia Raya di Indonesia.', 'country'), ['Indonesia']);
  });

  it('matches abbreviations only as written', () => {
    assert.deepEqual(texts('Such a deal, as the minister said, is rare.', 'country'), []);
  });

  it('takes a multi-word official name as one mention', () => {
    assert.deepEqual(texts('Republik Islam Iran dan Belarusia, juga Belarus.', 'country'), ['Republik Islam Iran', 'Belarusia', 'Belarus']);
    assert.deepEqual(texts('Duta Besar Cili dan Chili hadir.', 'country'), ['Cili', 'Chili']);
  });

  it('leaves out language names, stance compounds and country words fused into other names', () => {
    assert.deepEqual(texts('Ia fasih berbahasa Inggris dan bahasa Arab.', 'country'), []);
    assert.deepEqual(texts('Sikap anti-Amerika dan pro-China menguat.', 'country'), []);
    assert.deepEqual(texts('The Chinese characters mean peace.', 'country'), []);
    assert.deepEqual(texts('Bank Indonesia menahan suku bunga.', 'country'), []);
    // The daily "Media Indonesia" is a name; "Media Jepang" opening a sentence is Japan's press.
    assert.deepEqual(texts('Media Indonesia menulis. Media Jepang melaporkan hal itu.', 'country'), ['Jepang']);
    // "of" between a head noun and the country, and a run of capitalised words ending in one.
    assert.deepEqual(texts('The Bank of Korea and the University of Tokyo agreed.', 'country'), []);
    assert.deepEqual(texts('The Malaysian Palm Oil Association and the Vietnam Rubber Group objected.', 'country'), []);
    assert.deepEqual(texts('According to Lao News Agency KPL, it rained.', 'country'), []);
    // The run must end in the head noun: a minister named after a head word keeps the country.
    assert.deepEqual(texts('Indonesia Power signed; Indian Power Minister Raj Kumar Singh watched.', 'country'), ['Indian']);
    // A company's national arm is not the country; a state's own body keeps it.
    assert.deepEqual(texts('Toyota Indonesia dan Samsung Vietnam berinvestasi.', 'country'), []);
    assert.deepEqual(texts('Kementerian Luar Negeri Brasil dan DPR RI bertemu.', 'country'), ['Brasil', 'RI']);
    // A committee of the state's own senate or parliament is a government body too.
    assert.deepEqual(texts('The U.S. Senate Appropriations Committee passed a bill.', 'country'), ['U.S.']);
    assert.deepEqual(texts('Among the EAC states, D.R.C received the largest share; trade with D.R. Congo rose.', 'country'), ['D.R.C', 'D.R. Congo']);
    // So is its legislature by a name of modifiers and a legislature's head, but not a trade union's congress.
    assert.deepEqual(texts('The Palau National Congress and the Nigeria Labour Congress met.', 'country'), ['Palau']);
    // A high commission is the embassy of one Commonwealth state in another.
    assert.deepEqual(texts('He thanked the Australian High Commission for its help.', 'country'), ['Australian']);
    // A possessive inside the run is part of the name; one right after the country word is not.
    assert.deepEqual(texts("The Polish People's Party and the Korean Workers' Party met.", 'country'), []);
    assert.deepEqual(texts("Australia's Labor Party won; China's Foreign Ministry objected.", 'country'), ['Australia', 'China']);
    // A run that ends in no head noun keeps the country: a minister, a prime minister.
    assert.deepEqual(texts('Malaysian Trade Minister Tengku Zafrul met the Japanese Prime Minister.', 'country'), ['Malaysian', 'Japanese']);
  });

  it('leaves out a country word joined by a hyphen to one fused into a name, and regional adjectives', () => {
    // The country after the hyphen belongs to the same name as the one before it.
    assert.deepEqual(texts('Menteri hadir di Forum Bisnis Indonesia-Polandia di Warsawa.', 'country'), []);
    assert.deepEqual(texts('Contohnya pabrik kaca PT KCC Indonesia-Korea di Batang.', 'country'), []);
    assert.deepEqual(texts('The Johor-Singapore Special Economic Zone and the Johor Bahru-Singapore RTS Link.', 'country'), []);
    // A pair of parties keeps both.
    assert.deepEqual(texts('Pembicaraan Rusia-Ukraina dan the ASEAN-China Summit.', 'country'), ['Rusia', 'Ukraina', 'China']);
    assert.deepEqual(texts('South American and Latin American leaders met the American envoy.', 'country'), ['American']);
  });

  it('leaves out country words in company and league names, stance compounds, listed languages and patronymics', () => {
    assert.deepEqual(texts('Shares of Korean Air rose, and clubs of the Saudi Pro League scouted players.', 'country'), []);
    assert.deepEqual(texts('The head of Russian Railways Oleg Belozerov signed.', 'country'), []);
    assert.deepEqual(texts('Beijing insists on its one-China principle and denounces US-led encirclement.', 'country'), []);
    assert.deepEqual(texts('He said he was learning Japanese and Korean at the same time.', 'country'), []);
    assert.deepEqual(texts('Over 300 schools in Azerbaijan are teaching Russian.', 'country'), ['Azerbaijan']);
    // A language's name is one word: "speaking" before a longer name is the figure of speech.
    assert.deepEqual(texts('Regionally speaking Solomon Islands is also a partner.', 'country'), ['Solomon Islands']);
    // A list of languages that opens with a language naming no country.
    assert.deepEqual(texts('Ada empat bahasa resmi, yaitu Bahasa Tetun, Portugis, Inggris, dan Indonesia.', 'country'), []);
    assert.deepEqual(texts('Selain bahasa Inggris, Malaysia juga memakai bahasa Melayu; Singapura, Malaysia dan Jepang hadir.', 'country'), ['Malaysia', 'Singapura', 'Malaysia', 'Jepang']);
    assert.deepEqual(texts('Bantuan disalurkan melalui Palang Merah Singapura.', 'country'), []);
    assert.deepEqual(texts('Menpora bertemu Pangeran Abdulaziz bin Turki Al Faisal di Riyadh.', 'country'), []);
    // After the Arabic article and a name, a country word is a family name (nisba); "El Salvador" stays the state.
    assert.deepEqual(texts('Raja Tom bin Harrow Al Saudi dan Menteri Ahmed Al-Kuwaiti bertemu tim El Salvador.', 'country'), ['El Salvador']);
    // A pair of countries and a full formal name still count.
    assert.deepEqual(texts('Menteri Haji Kerajaan Arab Saudi bertemu delegasi Jepang dan Korea Selatan.', 'country'), ['Kerajaan Arab Saudi', 'Jepang', 'Korea Selatan']);
  });

  it('leaves out country words in Indonesian village, street, cabinet and team names, and "U.S. $"', () => {
    assert.deepEqual(texts('Warga Desa Sudan, Kampung Inggris dan Jalan Malaysia Raya mengungsi.', 'country'), []);
    assert.deepEqual(texts('Para menteri Kabinet Indonesia Maju menonton Timnas Indonesia.', 'country'), []);
    assert.deepEqual(texts('Malaysia pledged U.S. $39 billion in investment.', 'country'), ['Malaysia']);
    assert.deepEqual(texts('Malaysia pledged US $ 39 billion; China $ 5 billion.', 'country'), ['Malaysia', 'China']);
  });

  it('knows the Timorese abbreviation RDTL', () => {
    assert.deepEqual(
      mentions('Pasar itu menjadi jembatan ekonomi bagi RDTL.', 'country').map((a) => [a.text, entityOf(annotate('RDTL dan RI.'), 'RDTL').attributes.iso3166]),
      [['RDTL', 'TL']],
    );
  });

  it('leaves out country words in a joint body\'s or a project\'s name', () => {
    // As the dev gold leaves out "Komisi Bersama Rusia-Indonesia".
    assert.deepEqual(texts('Usai Sidang Komisi Bersama RI-Afsel, Indonesia dan Afsel sepakat.', 'country'), ['Indonesia', 'Afsel']);
    assert.deepEqual(texts('Bersama Indonesia, Malaysia meneken perjanjian itu.', 'country'), ['Indonesia', 'Malaysia']);
    assert.deepEqual(texts("Nigeria's share of the Nigeria-Morocco Gas Pipeline rose.", 'country'), ['Nigeria']);
    // Also with a body as the other party.
    assert.deepEqual(texts('Perjanjian Indonesia-European Union Comprehensive Economic Partnership Agreement rampung; Indonesia-EU trade grew.', 'country'), ['Indonesia']);
    // A partnership's or a bond's name, a gulf's; lower case, a forum of the two states.
    assert.deepEqual(
      texts('The Vietnam-China Comprehensive Strategic Partnership grew, Pakistan Investment Bonds fell, the Gulf of Guinea calmed and a Vietnam-China business forum met.', 'country'),
      ['Vietnam', 'China'],
    );
    assert.deepEqual(texts('Funds from the China Red Cross Society reached the Solomons’ capital.', 'country'), ['Solomons']);
  });

  it('reads "Central African" as a region, not the state, and knows "Northern Macedonia"', () => {
    assert.deepEqual(texts('Leaders of the Central African Economic and Monetary Community met in the Central African Republic.', 'country'), ['Central African Republic']);
    assert.deepEqual(texts('The economy of Northern Macedonia grew.', 'country'), ['Northern Macedonia']);
  });

  it('keeps a country word before a title even when a body\'s name follows in the same run', () => {
    assert.deepEqual(texts('He met U.S. President Biden and European Commission President Ursula von der Leyen.', 'country'), ['U.S.']);
  });

  it('leaves out a region that names a ministry\'s unit, but not a foreign ministry\'s official', () => {
    assert.deepEqual(texts('Hadir Direktur Amerika 1 dan Dirjen Amerika dan Eropa, juga Dirjen Kemenlu Amerika Eropa.', 'country'), []);
    assert.deepEqual(texts('Ekspor ke Amerika naik. Direktur Jenderal Kementerian Luar Negeri Amerika Serikat datang.', 'country'), ['Amerika', 'Amerika Serikat']);
  });

  it('leaves out country words in a newspaper\'s and a conference\'s name', () => {
    assert.deepEqual(texts('"Kami siap," ujarnya kepada Media Indonesia.', 'country'), []);
    // A union's congress is its own body; the state's Congress is the state's.
    assert.deepEqual(texts('The Canadian Labour Congress objected; the U.S. Congress voted; U.S. Steel’s mill closed.', 'country'), ['U.S.']);
    // An outlet's name in capitals opening a dateline; a dateline's own country stays.
    assert.deepEqual(texts('Judul\nMATA INDONESIA, JAKARTA – Ekspor ke China naik.\nJAKARTA, INDONESIA – Lagi.', 'country'), ['China', 'INDONESIA']);
    assert.deepEqual(texts('The Brussels Conference on Syria and the Ukraine Recovery Conference met; Syria sent no one.', 'country'), ['Syria']);
  });

  it('reads demonyms listed after "in" at the end of a clause as languages', () => {
    assert.deepEqual(texts('The text was drawn up in Kazakh, Kyrgyz, Uzbek and Russian. It was also published in French, officials said.', 'country'), []);
    assert.deepEqual(texts('Talks were held in Russian territory, with stakes in Russian and Chinese firms.', 'country'), ['Russian', 'Russian', 'Chinese']);
  });

  it('reads the Indonesian press\'s epithets "Negeri Paman Sam", "Negeri Tirai Bambu" as countries', () => {
    const document = annotate('Ekspor ke Negeri Paman Sam naik, ke Negeri Tirai Bambu dan Negeri Jiran turun.');
    assert.deepEqual(
      document.annotations.filter((a) => a.type === 'country').map((a) => [a.text, entityOf(document, a.text).attributes.iso3166]),
      [
        ['Negeri Paman Sam', 'US'],
        ['Negeri Tirai Bambu', 'CN'],
        ['Negeri Jiran', 'MY'],
      ],
    );
  });

  it('reads "Korean" as South Korean and "Congo" as the Democratic Republic', () => {
    const document = annotate('Korean carmakers expanded while fighting in eastern Congo went on.');
    assert.equal(entityOf(document, 'Korean').attributes.iso3166, 'KR');
    assert.equal(entityOf(document, 'Congo').attributes.iso3166, 'CD');
    assert.deepEqual(texts('North Korean troops and the Democratic Republic of Congo.', 'country'), ['North Korean', 'Democratic Republic of Congo']);
    // "Korea" alone, as news uses it, is the South; the North, the peninsula and the paper are not.
    const korea = annotate('Ekspor ke Korea naik, sementara Korea Utara diam dan Semenanjung Korea tegang, tulis The Korea Times.');
    assert.deepEqual(korea.annotations.filter((a) => a.type === 'country').map((a) => a.text), ['Korea', 'Korea Utara']);
    assert.equal(entityOf(korea, 'Korea').attributes.iso3166, 'KR');
  });

  it('reads no country in a newspaper\'s or a builder\'s name ("The Botswana Gazette", "China Railway Construction") nor in "One China Principle"', () => {
    const text = 'Botswana told The Botswana Gazette, the Jamaica Observer and the Nigerian Tribune that the One China Principle stands.';
    assert.deepEqual(texts(text, 'country'), ['Botswana']);
    assert.deepEqual(texts('Kerja sama dengan China Railway Construction dan Korea Engineering hadir di Indonesia.', 'country'), ['Indonesia']);
  });

  it('reads no country in a charity\'s name nor in a name joined by an ampersand ("Fiji Trade & Investment Board")', () => {
    const text = 'Qatar Charity, the Qatar Red Crescent, the Fiji Trade & Investment Board and The Korea Hydro & Nuclear Power met Fiji.';
    assert.deepEqual(texts(text, 'country'), ['Fiji']);
    assert.deepEqual(texts('Trade between Indonesia & Japan and the US & UK grew.', 'country'), ['Indonesia', 'Japan', 'US', 'UK']);
  });

  it('reads "Kyrgyz Republic" and "Slovak Republic" as one mention each, like "Czech Republic"', () => {
    assert.deepEqual(texts('The Kyrgyz Republic and the Slovak Republic signed; Kyrgyz traders came.', 'country'), ['Kyrgyz Republic', 'Slovak Republic', 'Kyrgyz']);
  });

  it('reads official names built on an adjective: Argentine Republic, Hellenic Republic, United Mexican States', () => {
    assert.deepEqual(
      texts('Envoys of the Argentine Republic, the Hellenic Republic, the Swiss Confederation, the Oriental Republic of Uruguay and the United Mexican States met.', 'country'),
      ['Argentine Republic', 'Hellenic Republic', 'Swiss Confederation', 'Oriental Republic of Uruguay', 'United Mexican States'],
    );
  });

  it('counts a country word that qualifies a government body or a currency', () => {
    assert.deepEqual(texts('Departemen Perdagangan AS dan Kedubes Pakistan sepakat.', 'country'), ['AS', 'Pakistan']);
    assert.deepEqual(texts('Nilainya 4,3 miliar dollar AS.', 'country'), ['AS']);
  });

  it('reads Georgia as the US state where the text has a cue of it and names neither Tbilisi nor Georgians', () => {
    assert.deepEqual(texts('Gov. Brian Kemp went to Seoul to promote business opportunities in Georgia.', 'country'), []);
    assert.deepEqual(texts('Georgian Prime Minister Irakli Kobakhidze met Gov. Tom Harrow; Georgia will buy corn.', 'country'), ['Georgian', 'Georgia']);
    assert.deepEqual(texts('Trump met the leaders of Georgia and Armenia in Atlanta.', 'country'), ['Armenia']);
  });

  it('makes capitals and territories places linked to their country', () => {
    const document = annotate('Teheran menolak. Hong Kong dan Washington menunggu.');
    assert.deepEqual(document.annotations.filter((a) => a.type === 'country'), []);
    assert.equal(entityOf(document, 'Teheran').type, 'place');
    assert.equal(entityOf(document, 'Teheran').attributes.countryCode, 'IR');
    assert.equal(entityOf(document, 'Hong Kong').type, 'place');
  });

  it('reads all-caps headline words', () => {
    assert.deepEqual(texts('IRAN dan Belarus menandatangani peta jalan.', 'country'), ['IRAN', 'Belarus']);
  });

  it('knows PNG and the demonym Lao, and leaves country words in city, bank and association names', () => {
    assert.deepEqual(texts('Indonesia dan PNG sepakat. Lao and Vietnamese trucks wait.', 'country'), ['Indonesia', 'PNG', 'Lao', 'Vietnamese']);
    assert.deepEqual(texts('WNI di Khartoum dan Port Sudan menunggu.', 'country'), []);
    assert.deepEqual(texts('Shares of Banco do Brasil rose.', 'country'), []);
    assert.deepEqual(texts('He urged the Bangladesh Garment Manufacturers and Exporters Association to act.', 'country'), []);
    assert.deepEqual(texts('The Pakistan Peoples Party and the Pakistan Democratic Movement met; Samuel Sekuritas Indonesia said so.', 'country'), []);
    // A name that ends before the joiner leaves nothing to join.
    assert.deepEqual(texts('Projects led by Indonesia Power and Mitsubishi Heavy Industries.', 'country'), []);
  });

  it('leaves out a country word after a central bank\'s "of the"; an embassy keeps it', () => {
    assert.deepEqual(texts('The Central Bank of the UAE and the Embassy of the Philippines agreed.', 'country'), ['Philippines']);
  });

  it("takes the state's official form into the mention", () => {
    assert.deepEqual(texts('Republik Singapura, Kerajaan Thailand dan Federasi Rusia hadir.', 'country'), ['Republik Singapura', 'Kerajaan Thailand', 'Federasi Rusia']);
    assert.deepEqual(texts('The Republic of Singapore and the Kingdom of the Netherlands signed.', 'country'), ['Republic of Singapore', 'Kingdom of the Netherlands']);
  });

  it('leaves out country words in the names of companies, funds and research centres', () => {
    const text = 'British Petroleum, the Saudi Fund for Development, the Emirates Centre for Strategic Studies and the New Zealand Contemporary China Research Centre.';
    assert.deepEqual(texts(text, 'country'), []);
  });

  it('takes the modifiers of a state\'s form into the mention, and sees a central bank before it', () => {
    assert.deepEqual(texts('Republik Sosialis Vietnam and the Socialist Republic of Vietnam met the United Republic of Tanzania.', 'country'), ['Republik Sosialis Vietnam', 'Socialist Republic of Vietnam', 'United Republic of Tanzania']);
    assert.deepEqual(texts('The Central Bank of the Republic of Türkiye cut rates.', 'country'), []);
  });

  it('leaves out country words in a company opened by "PT" and in hyphen-joined names of schools, forums and agreements', () => {
    assert.deepEqual(texts('PT Toyota Motor Manufacturing Indonesia dan PT Vale Indonesia Tbk berinvestasi di Indonesia.', 'country'), ['Indonesia']);
    const text = 'The Australia-Pacific Defence School, the China-Africa Cooperation Forum and the Indonesia-UAE Comprehensive Economic Partnership Agreement; the Russia-Ukraine war.';
    assert.deepEqual(texts(text, 'country'), ['Russia', 'Ukraine']);
  });

  it('reads no country in the name of a unit inside a state: autonomous regions, Soviet republics', () => {
    const text = 'In 1924 the Kara-Kyrgyz Autonomous Region became part of the Russian Soviet Federative Socialist Republic; the Uzbek SSR joined the Soviet Union. Soviet leaders met Uzbek traders.';
    assert.deepEqual(texts(text, 'country'), ['Soviet Union', 'Soviet', 'Uzbek']);
    assert.deepEqual(texts('Brunei Darusalam dan Malaysia setuju.', 'country'), ['Brunei Darusalam', 'Malaysia']);
    // A place's whole name after the word is what the country word qualifies: "the Ukrainian Black Sea coast".
    assert.deepEqual(texts('the Ukrainian Black Sea coast, the Philippine Sea, the South China Sea', 'country'), ['Ukrainian']);
    // So is a body named after one of its cities: "Media Australia Sydney Morning Herald".
    assert.deepEqual(texts('Media Australia Sydney Morning Herald mengatakan bahwa kunjungan batal.', 'country'), ['Australia']);
    // A state's form with modifiers after the word names another state; a modifier alone does not.
    assert.deepEqual(texts('the Kyrgyz Soviet Socialist Republic; the Spanish Socialist Prime minister', 'country'), ['Spanish']);
  });

  it('keeps a country after a ministry\'s short name, and leaves out one ending a cooperative\'s or a federation\'s', () => {
    assert.deepEqual(texts('Menurut Kementan Brasil dan Kemenkes Singapura, Gabungan Minyak Nabati Indonesia (GIMNI) dan Koperasi Tani Indonesia setuju.', 'country'), ['Brasil', 'Singapura']);
  });

  it('reads a country after a company office as the office\'s territory, not part of the company\'s name', () => {
    assert.deepEqual(texts('Saudia Airlines Country Manager Indonesia, Fahad Al Otaibi, hadir bersama Garuda Indonesia.', 'country'), ['Indonesia']);
    assert.deepEqual(texts('Hadir Presiden Direktur Toyota Indonesia.', 'country'), []);
  });

  it('reads "SA" as South Africa, except in a foreign company\'s name', () => {
    assert.deepEqual(texts('Industry figures show SA sold cars, as Vale SA said.', 'country'), ['SA']);
  });

  it("leaves out a country word ending a business body's name", () => {
    assert.deepEqual(texts('Persatuan Pengusaha Penggilingan Beras Indonesia dan Confederation of Indian Industry bertemu di Indonesia.', 'country'), ['Indonesia']);
  });

  it('reads the curly apostrophe as the straight one in names, and North Korea\'s official name', () => {
    assert.deepEqual(texts('The People’s Republic of China and the Democratic People\'s Republic of Korea met.', 'country'), ['People’s Republic of China', "Democratic People's Republic of Korea"]);
  });

  it('reads a state named before its sum in a list, but no state in a currency prefix written apart', () => {
    assert.deepEqual(texts('Germany promised $100 million, the United Kingdom $75 million and Japan $10 million.', 'country'), ['Germany', 'United Kingdom', 'Japan']);
    assert.deepEqual(texts('It costs US $1 billion or US $ 2 billion, and A$3 billion.', 'country'), []);
  });

  it('reads "Emirates" and "States" as a state only after "the", and not before "of" or a name', () => {
    assert.deepEqual(texts('Garuda dan Emirates menandatangani kerja sama. Emirates flies daily.', 'country'), []);
    assert.deepEqual(texts('Chad signed deals with the Emirates; partners in the States agreed.', 'country'), ['Chad', 'Emirates', 'States']);
    assert.deepEqual(texts('The States of Jersey and the States Parties met.', 'country'), []);
  });

  it('reads the Unicode and the non-breaking hyphen as the hyphen, in names and before numbers', () => {
    const text = 'Timor\u2011Leste and Guinea\u2010Bissau met. The COVID\u201119 pandemic represents a risk, said Nana Akufo\u2011Addo, President of Ghana.';
    assert.deepEqual(texts(text, 'country'), ['Timor\u2011Leste', 'Guinea\u2010Bissau', 'Ghana']);
    assert.deepEqual(texts(text, 'leader'), ['Nana Akufo\u2011Addo']);
    assert.deepEqual(texts(text, 'amount'), []);
  });

  it('reads NZ, the epithets Negeri Dua Benua and Negeri Panser, and no country in "$NZ30" or "US30"', () => {
    assert.deepEqual(texts('NZ, Negeri Dua Benua dan Negeri Panser; a $NZ30 million grant; US30.', 'country'), ['NZ', 'Negeri Dua Benua', 'Negeri Panser']);
  });

  it('leaves out country words in company names ending in Co, Ltd, Inc and in days\' names', () => {
    assert.deepEqual(texts('The China Communications Construction Co and the Pakistan Day parade.', 'country'), []);
  });

  it('counts the country of the descriptive "Bank Sentral AS"', () => {
    assert.deepEqual(texts('Pasar mencermati arah kebijakan Bank Sentral AS pekan ini.', 'country'), ['AS']);
  });

  it("leaves out country words in a broadcaster's name", () => {
    assert.deepEqual(texts('The Voice of Vietnam and Radio Televisyen Malaysia reported from Vietnam.', 'country'), ['Vietnam']);
  });

  it('reads a list of languages after "in" that holds language names of no country', () => {
    assert.deepEqual(texts('A statement issued in Khmer, Lao, Burmese and English. Trade in Lao and Thai rice rose.', 'country'), ['Lao', 'Thai']);
  });

  it('leaves out a country word after a federation of chambers; reads "Negeri Daun Maple"', () => {
    assert.deepEqual(texts('The Federation of Indian Chambers of Commerce met envoys of Negeri Daun Maple.', 'country'), ['Negeri Daun Maple']);
  });

  it('reads Bangladesh Bank as a central bank\'s name with no country in it', () => {
    assert.deepEqual(texts('Bangladesh Bank Governor Ahsan H Mansur said Bangladesh would grow.', 'country'), ['Bangladesh']);
  });

  it('reads the demonyms Saudi Arabian, Slovakian, Argentinean and the short "Lankan"', () => {
    assert.deepEqual(texts('Saudi Arabian firms, Slovakian envoys and an Argentinean minister met.', 'country'), ['Saudi Arabian', 'Slovakian', 'Argentinean']);
    assert.deepEqual(texts('Japan grants equipment to Lankan hospitals.', 'country'), ['Japan', 'Lankan']);
  });

  it("leaves out the country word of a business body's name after it, and in a business council's", () => {
    assert.deepEqual(texts('Kadin Indonesia dan Dewan Bisnis AS-ASEAN bertemu di Indonesia.', 'country'), ['Indonesia']);
  });

  it('leaves out the country of a party named "Party of ..." and of a stance ("Iran-aligned"); reads "the Islamic Republic"', () => {
    assert.deepEqual(texts('Noda of the Constitutional Democratic Party of Japan said Iran-aligned forces and the Islamic Republic talked.', 'country'), ['Islamic Republic']);
  });
  it('reads a combining form ("Sino", "Pak") as its country only against a hyphen and another country', () => {
    assert.deepEqual(texts('The Sino-Thai railway and Pak-China ties.', 'country'), ['Sino', 'Thai', 'Pak', 'China']);
    assert.deepEqual(texts('Sino-Tibetan languages. Pak Budi said. Franco-Prussian war.', 'country'), []);
  });
  it('reads "U.S" and "U.K" written without their last dot, and dollars after them', () => {
    assert.deepEqual(texts('The U.S government and the U.K agreed, said the U.S.', 'country'), ['U.S', 'U.K', 'U.S.']);
    const document = annotate('It gives 23.6 million U.S dollars.');
    assert.deepEqual(document.annotations.map((a) => [a.type, a.text, a.unit]), [
      ['amount', '23.6 million U.S dollars', 'USD'],
      ['country', 'U.S', undefined],
    ]);
  });
  it('leaves out a country word in an outlet\'s, a compact\'s or a vision\'s name, and in a company\'s after "PT."', () => {
    const text = 'TAIPEI (Taiwan News) — They adopted the “India-Oman Joint Vision”, based on Oman Vision 2040. The Ukraine Business Compact was formed.';
    assert.deepEqual(texts(text, 'country'), []);
    assert.deepEqual(texts('Smelter itu dibangun PT. Borneo Alumindo Indonesia di Mempawah, Indonesia.', 'country'), ['Indonesia']);
    assert.deepEqual(texts('The Australian House of Representatives and the Jamaica government agreed.', 'country'), ['Australian', 'Jamaica']);
    assert.deepEqual(texts('Peserta Indonesia Journalist Visit Program 2019 tiba di Indonesia.', 'country'), ['Indonesia']);
  });
  it('reads the demonym "Belarussian", and leaves out a country word in a reception\'s name', () => {
    assert.deepEqual(texts('It engages almost 150 Belarussian companies.', 'country'), ['Belarussian']);
    assert.deepEqual(texts('They attended the East Java Government–Japanese Business Networking Reception in Surabaya.', 'country'), []);
  });
  it('reads a demonym followed by "to", "in", "around"... as a noun for people, no country; "New Zealand to" stays one', () => {
    assert.deepEqual(texts('She urged young Taiwanese to explore opportunities and thanked Taiwanese around the world.', 'country'), []);
    assert.deepEqual(texts('Exports from New Zealand to Fiji and Taiwanese investment in Fiji grew.', 'country'), ['New Zealand', 'Fiji', 'Taiwanese', 'Fiji']);
  });

  it('keeps the capitalised article of "The Bahamas" as of "The Gambia", and leaves a lower-case one out', () => {
    assert.deepEqual(texts('On behalf of The Bahamas and The Gambia; investors in the Bahamas.', 'country'), ['The Bahamas', 'The Gambia', 'Bahamas']);
  });
  it('leaves out a country word in the name of a law, a conservation area or a newspaper', () => {
    const text = 'The Laos-Cambodia Trans Frontier Conservation Area grew. Fiji Telegraph: the Peruvian Trade Promotion Act passed, said the US Federal Reserve.';
    assert.deepEqual(texts(text, 'country'), ['US']);
    // Nor in a paper's name, or in the name of a standing dialogue between two states.
    const talks = 'The Tonga Journal learned that the Laos-Peru Foreign Ministerial Talks and the U.S.-Fiji Strategic Dialogue end today; talks between Laos and Peru go on.';
    assert.deepEqual(texts(talks, 'country'), ['Laos', 'Peru']);
    // A fair's name keeps the states after it too.
    assert.deepEqual(texts('Pameran Border Trade Fair RI-PNG dibuka, lalu kerja sama RI-PNG dibahas.', 'country'), ['RI', 'PNG']);
  });
  it('reads a country word after a point of the compass as a region, unless the two name a state', () => {
    const text = 'The West Australian reported that East Malaysia and Kawasan Timur Indonesia grow; South Korean and East Timorese envoys came.';
    assert.deepEqual(texts(text, 'country'), ['South Korean', 'East Timorese']);
    assert.deepEqual(texts('Korea Selatan dan Sudan Selatan hadir.', 'country'), ['Korea Selatan', 'Sudan Selatan']);
  });
  it("reads a state's part's initials as that part where the text names it and not the country", () => {
    assert.deepEqual(texts('Premier Allan follows SA on a mission to China, a month after South Australia did.', 'country'), ['China']);
    assert.deepEqual(texts('SA and South Africa trade; South Australia sells wine.', 'country'), ['SA', 'South Africa']);
    assert.deepEqual(texts('Arab Saudi memberi 20 miliar dolar AS kepada negara di Asia Selatan itu.', 'country'), ['Arab Saudi', 'AS']);
  });
  it('reads an Indonesian compass word before a country as a region only after a capitalised noun that is no place', () => {
    const text = 'Pabrik itu berada di Selatan India. Kapal dari Bitung (Sulawesi Utara Indonesia) melayani Kawasan Timur Indonesia.';
    assert.deepEqual(texts(text, 'country'), ['India', 'Indonesia']);
  });
  it('reads the British Virgin Islands in Indonesian as a place, and "HUT RI" as an event\'s name', () => {
    assert.deepEqual(texts('Investor dari Swiss dan Kepulauan Virgin Inggris datang saat upacara HUT RI.', 'country'), ['Swiss']);
    assert.deepEqual(texts('Investor dari Kepulauan Virgin Inggris.', 'place'), ['Kepulauan Virgin Inggris']);
  });
  it('reads the state of a minister or ministry of a portfolio that also heads names ("Minister of Trade of Fiji")', () => {
    const text = 'Tom Harrow, Minister of Trade of Fiji, met the Ministry of Trade of Tonga and the Minister of Trade and Petroleum of Nigeria.';
    assert.deepEqual(texts(text, 'country'), ['Fiji', 'Tonga', 'Nigeria']);
    assert.deepEqual(texts('The Trade Expo of Fiji and the Board of Trade of Tonga opened.', 'country'), []);
  });

  it("leaves a country word in a party's name, and counts one after a known body and \"on\"", () => {
    assert.deepEqual(texts('Sekretaris Jenderal Partai Komunis Vietnam To Lam tiba di Hanoi bersama Presiden Vietnam.', 'country'), ['Vietnam']);
    assert.deepEqual(texts("PM Mikati engages World Bank on Lebanon's economic struggles. The Commission on Human Rights met.", 'country'), ['Lebanon']);
    assert.deepEqual(texts('The Bank of Japan said.', 'country'), []);
  });

  it("leaves a country word in a company's name ending in \"Limited\", and in a forum's joined by an en dash", () => {
    assert.deepEqual(texts('He met executives of the China Harbour Engineering Company Limited.', 'country'), []);
    assert.deepEqual(texts('He took part in the Brazil–China Business Forum. The U.S.–China trade war goes on.', 'country'), ['U.S.', 'China']);
  });

  it('reads "S\'pore", "S. Korea" and "N. Korea", and no country in a Red Cross or a holding company', () => {
    assert.deepEqual(texts("S'pore, S. Korea and N. Korea. UAE TO INVEST USD 30 BN IN S. KOREA", 'country'), ["S'pore", 'S. Korea', 'N. Korea', 'UAE', 'S. KOREA']);
    assert.deepEqual(texts('The Singapore Red Cross and China Aviation Suppliers Holding signed.', 'country'), []);
  });
  it('leaves a country word in a company spelt out in brackets, after a foreign agency\'s acronym, or after "Company"', () => {
    assert.deepEqual(texts('PT DI [Dirgantara Indonesia] dan PT DI (Dirgantara Indonesia) menawarkan pesawat ke Malaysia.', 'country'), ['Malaysia']);
    assert.deepEqual(texts('The Japan International Cooperation Agency (JICA) Ethiopia Office signed it with Ethiopia.', 'country'), ['Ethiopia']);
    assert.deepEqual(texts('Miners sell through Diamond Trading Company Botswana (DTCB), the state said in Botswana.', 'country'), ['Botswana']);
  });

  it('reads "AS" before a lower-case word in English as the word "as"', () => {
    assert.deepEqual(texts('VOYAGES WORTH IT AS the year comes to an end, the US said.', 'country'), ['US']);
    assert.deepEqual(texts('Presiden AS bertemu Menteri Luar Negeri AS di Jakarta.', 'country'), ['AS', 'AS']);
  });
  it('reads "Kerajaan Yordania Hasyimiah" whole, and no country opening a charity organisation\'s name', () => {
    assert.deepEqual(texts('Raja Kerajaan Yordania Hasyimiah dan Kerajaan Hasyimiah Yordania.', 'country'), ['Kerajaan Yordania Hasyimiah', 'Kerajaan Hasyimiah Yordania']);
    assert.deepEqual(texts('Raja Kerajaan Hasyimiyah Yordania menyambut pemimpin Sudan, Libia, dan Oman.', 'country'), ['Kerajaan Hasyimiyah Yordania', 'Sudan', 'Libia', 'Oman']);
    assert.deepEqual(texts('Aid came from the Jordan Hashemite Charity Organization and Palestine Liberation Organisation.', 'country'), []);
  });
  it('reads "ČR", and no country in a programme\'s grants or mechanism', () => {
    assert.deepEqual(texts('ČR to spend more on aid. The EEA and Norway Grants and the Norwegian Financial Mechanism help Lithuania.', 'country'), ['ČR', 'Lithuania']);
  });
  it('reads "Zim", as Zimbabwean papers shorten their country, "Itali" and "FSM"', () => {
    assert.deepEqual(texts('Zim and Zambia signed; the Zim dollar held.', 'country'), ['Zim', 'Zambia', 'Zim']);
    assert.deepEqual(texts('Wisatawan dari Belanda, Itali, dan Spanyol datang.', 'country'), ['Belanda', 'Itali', 'Spanyol']);
    assert.deepEqual(texts('FSM Vice President Yosiwo George thanked Japan.', 'country'), ['FSM', 'Japan']);
  });
  it('reads no country in a paper\'s title such as "The Namibian"', () => {
    assert.deepEqual(texts('He told The Namibian. The Namibian government agreed.', 'country'), ['Namibian']);
  });
  it('reads the country of a navy ("Angkatan Laut Prancis"), while "Laut China Selatan" stays a sea', () => {
    assert.deepEqual(texts('Latihan dengan Angkatan Laut Prancis di Laut China Selatan.', 'country'), ['Prancis']);
  });
  it('reads "NKRI" and "Negara Kesatuan Republik Indonesia" whole, and no country in "Tim Indonesia"', () => {
    assert.deepEqual(texts('Kapal masuk wilayah NKRI, bagian dari Negara Kesatuan Republik Indonesia.', 'country'), ['NKRI', 'Negara Kesatuan Republik Indonesia']);
    assert.deepEqual(texts('Dalam klasemen, Tim Indonesia meraih 276 medali.', 'country'), []);
  });
  it('reads "Philipina", as some Indonesian papers spell it', () => {
    assert.deepEqual(texts('Nelayan dari Philipina ditangkap.', 'country'), ['Philipina']);
  });

  it('reads a demonym after "said in" as a language, unless a noun follows it', () => {
    assert.deepEqual(texts('Ramos said in Filipino during the briefing. Cruz said in Chinese waters there is peace.', 'country'), ['Chinese']);
  });

  it('reads no state in "Peninsular Malaysia", a region as "East Malaysia" is', () => {
    assert.deepEqual(texts('Voters in Peninsular Malaysia and East Malaysia backed Malaysia\'s coalition.', 'country'), ['Malaysia']);
  });

  it('reads "the Chinese are" and "than the Chinese." as people, while "UAE and Saudi have" keeps its short form of the state', () => {
    const text = 'The impression is that the Chinese are making investments, and the Taiwanese were there; the Chinese government agreed. UAE and Saudi have stronger ties.';
    assert.deepEqual(texts(text, 'country'), ['Chinese', 'UAE', 'Saudi']);
    assert.deepEqual(texts('Only Russia bought more bottles than the Chinese. The Chinese market grew.', 'country'), ['Russia', 'Chinese']);
  });
  it('reads "The Chinese became" as people, and no state in a continent ("benua Amerika", "the American continent")', () => {
    assert.deepEqual(texts('The Chinese became partners. Mercosur is part of the American continent, said the American envoy.', 'country'), ['American']);
    assert.deepEqual(texts('Ekspor ke benua Amerika naik, juga ke Amerika.', 'country'), ['Amerika']);
  });

  it('reads no country after a body\'s head noun that an "of" and more capitalised words follow ("Federation of Agriculture of Brazil")', () => {
    const text = 'The Federation of Agriculture of Brazil and the Confederation of Agriculture and Livestock of Brazil protested; the Minister of Agriculture of Brazil did not.';
    assert.deepEqual(texts(text, 'country'), ['Brazil']);
  });

  it('reads no country in a paper, broadcaster, think tank or time zone, and reads "Ecuadoran"', () => {
    assert.deepEqual(texts('He told The Slovak Spectator and TV Peru that the Ecuadoran government agreed.', 'country'), ['Ecuadoran']);
    assert.deepEqual(texts('Direktur Riset Core Indonesia dan Fajar Indonesia Network (FIN) hadir pukul 10.10 Waktu Indonesia Barat.', 'country'), []);
  });

  it('reads "Niger Republic" and "the French Republic" whole, and no country in "France Television" or "Russia Today"', () => {
    assert.deepEqual(texts('Nigeria cut power to Niger Republic; he met the President of the French Republic.', 'country'), ['Nigeria', 'Niger Republic', 'French Republic']);
    assert.deepEqual(texts('A journalist from France Television asked, and Russia Today reported it.', 'country'), []);
  });

  it('reads no country in a hospital\'s or school\'s name, even with two parties hyphenated in it', () => {
    const text = 'Pasien hadir di Rumah Sakit Kardiologi Emirates-Indonesia di Solo dan Sekolah Indonesia Kuala Lumpur, bersama PT Huadi Nickel-Alloy Indonesia.';
    assert.deepEqual(texts(text, 'country'), []);
    assert.deepEqual(texts('Kedutaan Besar Indonesia di Tokyo membantu.', 'country'), ['Indonesia']);
  });

  it('reads no country in a coalition\'s or movement\'s name ("Democratic Coordination of Nicaragua", "Alternatif untuk Jerman", "Partai Islam Se-Malaysia")', () => {
    assert.deepEqual(texts('Chamorro, a leader of the Democratic Coordination of Nicaragua, spoke.', 'country'), []);
    assert.deepEqual(texts('Partai Alternatif untuk Jerman (AfD) dan Partai Islam Se-Malaysia (PAS) meraih kursi.', 'country'), []);
  });

  it('reads no country in the places "Panama Pacifico" and "Panama Viejo"', () => {
    assert.deepEqual(texts('Flights arrive at Panama Pacifico and tourists visit Panama Viejo in Panama.', 'country'), ['Panama']);
  });

  it('reads "Comoro" and "Guinea Bissau" without its hyphen', () => {
    assert.deepEqual(texts('Comoro, Guinea Bissau dan Guinea hadir.', 'country'), ['Comoro', 'Guinea Bissau', 'Guinea']);
  });

  it('reads a language in a demonym after a verb of naming ("Known in French as"), and no country in "Bassas da India" or "Reform UK"', () => {
    assert.deepEqual(texts('Known in French as \u201c\u00celes \u00c9parses,\u201d the islands include Bassas da India. Reform UK leader Nigel Farage asked.', 'country'), []);
    assert.deepEqual(texts('The islands, known in French waters as a reserve, lie near Madagascar.', 'country'), ['French', 'Madagascar']);
  });

  it('reads "Kongeriget Danmark", a headline\'s last country before a line opening with "Speaking", and no country in "Canada\u2019s National Observer"', () => {
    assert.deepEqual(texts('Unity within the Kingdom of Denmark (\u201cKongeriget Danmark\u201d) matters.', 'country'), ['Kingdom of Denmark', 'Kongeriget Danmark']);
    assert.deepEqual(texts('Icebreakers To Be Built In Finland\n\nSpeaking to reporters, he praised Finnish speaking staff.', 'country'), ['Finland']);
    assert.deepEqual(texts('He told Canada\u2019s National Observer that Canada agreed.', 'country'), ['Canada']);
  });

  it('reads no country in "Danantara Indonesia" or "Kabinet Indonesia Maju"', () => {
    assert.deepEqual(texts('CEO Danantara Indonesia hadir bersama menteri Kabinet Indonesia Maju di Indonesia.', 'country'), ['Indonesia']);
  });

  it('reads "RoK", and no country in the provinces Thai Nguyen and Bac Ninh or in the name of the Bank for Investment and Development of Vietnam', () => {
    const text = 'Samsung has factories in Bac Ninh and Thai Nguyen provinces. A RoK firm borrowed from the Bank for Investment and Development of Vietnam (BIDV).';
    assert.deepEqual(texts(text, 'country'), ['RoK']);
  });
  it('reads "Timor Timur" as Timor-Leste, and no country in a demonym for a language or a people before "is", "also", "still"', () => {
    assert.deepEqual(texts('Xanana adalah mantan pejuang kemerdekaan Timor Timur.', 'country'), ['Timor Timur']);
    assert.deepEqual(texts('In Macau the Portuguese is still spoken. The Chinese also built roads, and the Dutch still trade.', 'country'), []);
    assert.deepEqual(texts('The Chinese government and the French embassy agreed.', 'country'), ['Chinese', 'French']);
  });
  it('reads no country in the name of the paper Matangi Tonga', () => {
    assert.deepEqual(texts('NUKUALOFA, Tonga (Matangi Tonga, Sept. 18, 2013) – China has deferred the loan.', 'country'), ['Tonga', 'China']);
  });
  it('reads a demonym before a state organ named with "of" ("the Iraqi Council of Ministers"), none before another body', () => {
    const text = 'The Czech Chamber of Deputies voted, and the Iraqi Council of Ministers agreed. The Danish Refugee Council of Europe met.';
    assert.deepEqual(texts(text, 'country'), ['Czech', 'Iraqi']);
  });
  it('reads no country in the name of the paper Israel Hayom', () => {
    assert.deepEqual(texts('Netanyahu told Israel Hayom that Israel will not agree.', 'country'), ['Israel']);
  });
  it('reads "Congo Brazzaville" written apart as one name, and no country in the coalition Kenya Kwanza', () => {
    assert.deepEqual(texts('The railway may reach Congo Brazzaville, the Kenya Kwanza administration said in Kenya.', 'country'), ['Congo Brazzaville', 'Kenya']);
  });
  it('reads no country in the name of U.S. Wheat Associates', () => {
    assert.deepEqual(texts('Indonesia buys grain through US Wheat Associates, the US embassy said.', 'country'), ['Indonesia', 'US']);
  });
  it('reads no country in the party New Zealand First, or in a demonym for a people before a verb such as "saw"', () => {
    assert.deepEqual(texts('Luxon credited New Zealand First, an action the Chinese saw as a gesture to New Zealand.', 'country'), ['New Zealand']);
  });
  it('reads "Republik Federasi Brasil" whole', () => {
    assert.deepEqual(texts('Presiden Republik Federasi Brasil Luiz Inácio Lula da Silva tiba di Jakarta.', 'country'), ['Republik Federasi Brasil']);
  });
  it('reads no state in an abbreviation the text defines for another name, unless it defines it for the state too', () => {
    assert.deepEqual(texts('The Pakatan Harapan (PH) coalition won. Barisan Nasional, with whom PH had a pact, lost.', 'country'), []);
    assert.deepEqual(texts('Amerika Serikat (AS) dan Asosiasi Sawit (AS) bekerja sama. AS setuju.', 'country'), ['Amerika Serikat', 'AS', 'AS', 'AS']);
  });
  it('reads a state\'s abbreviation before a title and a known leader of a region with those initials as the region ("SA Premier Peter Malinauskas")', () => {
    assert.deepEqual(texts('This morning, SA Premier Peter Malinauskas met US Senator Tim Kaine at Osborne.', 'country'), ['US']);
  });

  it('reads a country after "Bea Cukai" as the state whose customs it is', () => {
    assert.deepEqual(texts('Data Bea Cukai China mencatat impor batu bara turun.', 'country'), ['China']);
  });

  it('reads a demonym with a possessive as a person, not the state ("every Nigerian\'s future")', () => {
    assert.deepEqual(texts('He pledged to secure every Nigerian’s future, as Nigeria’s president said.', 'country'), ['Nigeria']);
  });

  it('reads no state in a programme or Spanish company name opened by "Plan" or "Grupo"', () => {
    assert.deepEqual(texts('Sheinbaum unveiled Plan México. Grupo Mexico said it would invest, and Mexico agreed.', 'country'), ['Mexico']);
  });

  it('reads no state in an event or programme named with a year ("Indonesia Defence 2025", "Saudi Vision 2030"), but a month is no name', () => {
    assert.deepEqual(texts('Pameran Indonesia Defence 2025 dibuka. Inflasi Indonesia Januari 2025 turun.', 'country'), ['Indonesia']);
    assert.deepEqual(texts('Saudi Vision 2030 aims high, as Saudi Arabia said.', 'country'), ['Saudi Arabia']);
  });

  it('reads initials in brackets after a paragraph\'s last sentence as its editor\'s, and a dateline\'s Korea Bizwire as an outlet', () => {
    assert.deepEqual(texts('Indonesia (RI) menutup PLTU pada 2035. (RI)\n\nBaru.', 'country'), ['Indonesia', 'RI']);
    assert.deepEqual(texts('SEOUL, May 6 (Korea Bizwire) — South Korea said so.', 'country'), ['South Korea']);
  });

  it('keeps a headline\'s last country word out of a name on the next line', () => {
    assert.deepEqual(texts('IMF approves new financing for Jordan\nThe International Monetary Fund\'s board met.', 'country'), ['Jordan']);
  });

  it('reads no state in a pavilion\'s name', () => {
    assert.deepEqual(texts('Visitors crowded the Pakistan Pavilion at the expo, Pakistan said.', 'country'), ['Pakistan']);
  });

  it('reads no state in the airline Citilink Indonesia', () => {
    assert.deepEqual(texts('Citilink Indonesia terbang ke Bali, kata Indonesia.', 'country'), ['Indonesia']);
  });

  it('reads no state in the coalition Koalisi Indonesia Maju or an index named MSCI Indonesia; knows "Netherland"', () => {
    assert.deepEqual(texts('Partai di Koalisi Indonesia Maju mendukung. Indeks MSCI Indonesia turun. Belanda atau Netherland.', 'country'), ['Belanda', 'Netherland']);
  });

  it('reads "the French" before an English function word as the people, not the state, and no state in "Brothers of Italy"', () => {
    assert.deepEqual(texts('It was the way to protect the French from a tax. The French and German leaders met.', 'country'), ['French', 'German']);
    assert.deepEqual(texts('Meloni leads Brothers of Italy, the biggest party in Italy.', 'country'), ['Italy']);
  });

  it('reads no state in the INDIA bloc', () => {
    assert.deepEqual(texts('The INDIA bloc protested in India.', 'country'), ['India']);
  });

  it('reads no state in Indonesia Corruption Watch', () => {
    assert.deepEqual(texts('Peneliti Indonesia Corruption Watch (ICW) menyoroti korupsi di Indonesia.', 'country'), ['Indonesia']);
  });
});
