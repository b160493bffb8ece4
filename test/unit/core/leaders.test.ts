import { strict as assert } from 'node:assert';
import { annotate } from '../../../src/core';
import { entityOf, mentions, texts } from './annotatorTestHelpers';

describe('leaders', () => {
  it('takes the name after an Indonesian title and country, keeping the title as the role', () => {
    const document = annotate('Presiden Iran Ebrahim Raisi menerima tamunya di Teheran pada Senin.');
    const leader = document.annotations.find((a) => a.type === 'leader');
    assert.equal(leader?.text, 'Ebrahim Raisi');
    assert.equal(leader?.role, 'Presiden Iran');
    const entity = entityOf(document, 'Ebrahim Raisi');
    assert.equal(entity.attributes.countryCode, 'IR');
    assert.equal(entity.attributes.role, 'President');
  });

  it('finds leaders the gazetteer does not know from the title alone', () => {
    const text = 'Menteri Luar Negeri Paraguay Ardiman Suryokusumo tiba di Jakarta. Suryokusumo disambut hangat.';
    const document = annotate(text);
    const leaders = document.annotations.filter((a) => a.type === 'leader').map((a) => a.text);
    assert.deepEqual(leaders, ['Ardiman Suryokusumo', 'Suryokusumo']);
    assert.equal(entityOf(document, 'Suryokusumo').mentions.length, 2);
  });

  it('finds English title order with the demonym before the title', () => {
    const document = annotate('Iranian President Ebrahim Raisi met Chinese Premier Li Qiang on Monday.');
    assert.deepEqual(document.annotations.filter((a) => a.type === 'leader').map((a) => a.text), ['Ebrahim Raisi', 'Li Qiang']);
    assert.deepEqual(document.annotations.filter((a) => a.type === 'country').map((a) => a.text), ['Iranian', 'Chinese']);
    assert.equal(entityOf(document, 'Li Qiang').attributes.countryCode, 'CN');
  });

  it('links later surname mentions to the full name, before and after it', () => {
    const text = 'Lukashenko Tiba di Teheran\n\nPresiden Belarus Alexander Lukashenko tiba pada Minggu. Lukashenko bertemu Raisi.';
    const document = annotate(text);
    const lukashenko = document.annotations.filter((a) => a.text.includes('Lukashenko'));
    assert.equal(lukashenko.length, 3);
    assert.equal(new Set(lukashenko.map((a) => a.entityId)).size, 1);
    assert.equal(entityOf(document, 'Alexander Lukashenko').name, 'Alexander Lukashenko');
  });

  it('links a later mention written without the accents of the full name, but not one in other case', () => {
    const document = annotate("Chad's President Mahamat Idriss Déby Itno landed on Monday. The deal, Deby said, was fair. DEBY AIRWAYS flew him.");
    const deby = document.annotations.filter((a) => a.type === 'leader').map((a) => a.text);
    assert.deepEqual(deby, ['Mahamat Idriss Déby Itno', 'Deby']);
    assert.equal(entityOf(document, 'Deby').id, entityOf(document, 'Mahamat Idriss Déby Itno').id);
  });

  it('keeps particles and quoted nicknames inside the name', () => {
    assert.deepEqual(texts('Menteri Luar Negeri Chile Alberto van Klaveren hadir.', 'leader'), ['Alberto van Klaveren']);
    const document = annotate('President Joko “Jokowi” Widodo flew to Beijing. Jokowi met Xi.');
    assert.ok(document.annotations.some((a) => a.type === 'leader' && a.text === 'Joko “Jokowi” Widodo'));
    assert.equal(entityOf(document, 'Jokowi').id, entityOf(document, 'Joko “Jokowi” Widodo').id);
  });

  it('reads Indonesian "di" after a name as "at", not as a particle', () => {
    const document = annotate('Lavrov menerima Menlu Iran Abbas Araghchi di Moskow. Perdana Menteri Italia Giorgia Meloni di Palazzo Chigi menyambutnya.');
    assert.deepEqual(
      document.annotations.filter((a) => a.type === 'leader' || a.type === 'place').map((a) => [a.type, a.text]),
      [
        ['leader', 'Lavrov'],
        ['leader', 'Abbas Araghchi'],
        ['place', 'Moskow'],
        ['leader', 'Giorgia Meloni'],
      ],
    );
    assert.equal(entityOf(document, 'Moskow').attributes.countryCode, 'RU');
  });

  it('ends a name before an academic degree written after it, in any of its spellings, but not before a surname spelled like one', () => {
    assert.deepEqual(
      texts('Gubernur Papua Barat, Drs Dominggus Mandacan MSi, hadir. Bupati Bogor Ade Yasin SH, MH dan Gubernur Jambi Al Haris S.Sos, M.H. datang.', 'leader'),
      ['Dominggus Mandacan', 'Ade Yasin', 'Al Haris'],
    );
    assert.deepEqual(texts('Foreign Minister Ma Zhaoxu met President Tran Dai Quang.', 'leader'), ['Ma Zhaoxu', 'Tran Dai Quang']);
  });

  it('reads a one-word short form written in capitals as an acronym, unless listed so or in a run of capitals', () => {
    assert.deepEqual(texts('Pembangkit listrik dibangun di Kawasan Industri Medan (KIM). KIM akan diperluas.', 'leader'), []);
    assert.deepEqual(texts('PRESIDENT MNANGAGWA has sent a message. Presiden SBY hadir.', 'leader'), ['MNANGAGWA', 'SBY']);
  });

  it('keeps middle initials with their dots inside the name, even "A."', () => {
    assert.deepEqual(texts('Philippine Foreign Affairs Secretary Enrique A. Manalo met former President George W. Bush.', 'leader'), [
      'Enrique A. Manalo',
      'George W. Bush',
    ]);
    assert.equal(annotate('Foreign Affairs Secretary Enrique A. Manalo spoke.').annotations.find((a) => a.type === 'leader')?.role, 'Foreign Affairs Secretary');
  });

  it('reads no leader after a lower office that ends in a title word ("Under Secretary of Commerce")', () => {
    assert.deepEqual(texts('Under Secretary of Commerce Gilbert Kaplan met the assistant Secretary of State, John Doe.', 'leader'), []);
    const document = annotate('Under President Prabowo Subianto it grew.');
    assert.equal(document.annotations.find((a) => a.type === 'leader')?.role, 'President');
  });

  it('leaves a military rank between office and name out of both, and takes the office as the role', () => {
    const leaders = annotate('Prime Minister Commodore Voreqe Bainimarama met President General Abdel Fattah al-Sisi and Prime Minister Rear Admiral John Smith.')
      .annotations.filter((a) => a.type === 'leader')
      .map((a) => [a.text, a.role]);
    assert.deepEqual(leaders, [
      ['Voreqe Bainimarama', 'Prime Minister'],
      ['Abdel Fattah al-Sisi', 'President'],
      ['John Smith', 'Prime Minister'],
    ]);
    // Indonesian ranks with their grade, service, retirement and bracketed abbreviation; no office alone.
    const indonesian = annotate(
      'Gubernur Sulawesi Tenggara, Mayjen TNI (Purn.) Andi Sumangerukka, melepas ekspor. Kepala Staf Angkatan Udara, Marsekal Udara (ACM) Fadjar Prasetyo, datang. Brigjen TNI Budi Hartanto hadir.',
    )
      .annotations.filter((a) => a.type === 'leader')
      .map((a) => [a.text, a.role]);
    assert.deepEqual(indonesian, [
      ['Andi Sumangerukka', 'Gubernur Sulawesi Tenggara'],
      ['Fadjar Prasetyo', 'Kepala Staf Angkatan Udara'],
    ]);
    // A retired officer's rank is no command: an ambassador who was an air marshal.
    assert.deepEqual(texts('Menaker menerima Duta Besar untuk Qatar, Marsekal Madya TNI (Purn) Ahmad Rusdi, di kantornya. Ia menyambut Marsekal Madya TNI Budi Santoso.', 'leader'), [
      'Budi Santoso',
    ]);
    // A one- or two-star rank is no command; the office before it decides ("Kepala Staf").
    assert.deepEqual(
      texts('kata Direktur Jenderal PSDKP, Laksamana Muda TNI Adin Wiratama, dan Marsekal Pertama TNI Ardi Syahputra. Kepala Staf TNI AL Laksamana Muda Budi Santoso hadir.', 'leader'),
      ['Budi Santoso'],
    );
  });

  it('reads no name in a form of address after a title ("Prime Minister, My Dear Friend!")', () => {
    assert.deepEqual(texts('"Honorable Prime Minister, My Dear Friend! Distinguished guests, welcome."', 'leader'), []);
    assert.deepEqual(texts('Dear President, My Good Friend, I thank you and the delegation for the warm welcome.', 'leader'), []);
    // "Comrade" addresses a leader and is no part of his name.
    assert.deepEqual(texts('President Harrow arrived. Zimbabwe has always considered Comrade Harrow a friend.', 'leader'), ['Harrow', 'Harrow']);
  });

  it('keeps a two-letter patronymic initial written against the name ("Ts.Elbegdorj"), not an abbreviation with a space', () => {
    assert.deepEqual(texts('President Ts.Elbegdorj met Xi. Later President Ts.Elbegdorj said so.', 'leader'), ['Ts.Elbegdorj', 'Xi', 'Ts.Elbegdorj']);
    assert.deepEqual(texts('President Mr.Smith arrived.', 'leader'), ['Smith']);
  });

  it('keeps the title when the gazetteer name reaches past the name as read ("Jr.")', () => {
    const leader = annotate('President Ferdinand Marcos Jr. arrived.').annotations.find((a) => a.type === 'leader');
    assert.equal(leader?.text, 'Ferdinand Marcos Jr.');
    assert.equal(leader?.role, 'President');
  });

  it('keeps the dot of "Jr." and "Sr." in a name the gazetteer does not know, and after a quoted nickname', () => {
    assert.deepEqual(texts('Defense Secretary Tomas Reyes Jr. said so. Governor Pedro Santos Sr. agreed.', 'leader'), ['Tomas Reyes Jr.', 'Pedro Santos Sr.']);
    assert.deepEqual(texts('President Ferdinand "Bongbong" Marcos Jr. met traders.', 'leader'), ['Ferdinand "Bongbong" Marcos Jr.']);
    assert.deepEqual(texts('Defense Secretary Tomas Reyes Jr, the minister, said so.', 'leader'), ['Tomas Reyes Jr']);
    // Set off with a comma, known to the gazetteer or not.
    assert.deepEqual(texts("President Bongbong Marcos, Jr.'s trips paid off. Governor Pedro Santos, Sr. agreed.", 'leader'), ['Bongbong Marcos, Jr.', 'Pedro Santos, Sr.']);
    // A known short form takes the suffix after it; the suffix alone names no one.
    assert.deepEqual(texts('Jokowi dan Bongbong Marcos Jr Sepakat Perluas Pasar\n\nPresiden Filipina Ferdinand Bongbong Marcos Jr tiba. Marcos Jr sepakat.', 'leader'), [
      'Jokowi',
      'Bongbong Marcos Jr',
      'Ferdinand Bongbong Marcos Jr',
      'Marcos Jr',
    ]);
  });

  it('keeps "mantan"/"former" in the role', () => {
    const document = annotate('Mantan PM Australia Kevin Rudd hadir.');
    const leader = document.annotations.find((a) => a.type === 'leader');
    assert.equal(leader?.text, 'Kevin Rudd');
    assert.equal(leader?.role, 'Mantan PM Australia');
    assert.equal(entityOf(document, 'Kevin Rudd').attributes.role, 'former Prime Minister');
    assert.equal(annotate('The ex-President Jair Bolsonaro spoke.').annotations.find((a) => a.type === 'leader')?.role, 'ex-President');
  });

  it('puts a modifier written after the title ("sementara") into the role', () => {
    const document = annotate('Presiden sementara Suriah Ahmed Hamdan bertemu Menteri Luar Negeri sementara Budi Hartono.');
    assert.deepEqual(document.annotations.filter((a) => a.type === 'leader').map((a) => a.text), ['Ahmed Hamdan', 'Budi Hartono']);
    assert.equal(entityOf(document, 'Ahmed Hamdan').attributes.role, 'interim President');
    assert.equal(entityOf(document, 'Ahmed Hamdan').attributes.countryCode, 'SY');
    assert.equal(entityOf(document, 'Budi Hartono').attributes.role, 'interim Minister of Foreign Affairs');
    // "nonaktif" (suspended) between the title and the region.
    const suspended = annotate('Gubernur nonaktif Sumatera Utara Toni Harsono ditahan. Toni membantah.');
    assert.deepEqual(suspended.annotations.filter((a) => a.type === 'leader').map((a) => a.text), ['Toni Harsono', 'Toni']);
    assert.equal(entityOf(suspended, 'Toni Harsono').attributes.role, 'suspended Governor');
  });

  it('reads a region or city after a governor\'s or mayor\'s title as the jurisdiction, not the name', () => {
    const document = annotate('Gubernur Kalimantan Timur Rahmat Hidayat bertemu Wali Kota Surabaya Andi Wijaya.');
    assert.deepEqual(
      document.annotations.filter((a) => a.type === 'leader').map((a) => [a.text, a.role]),
      [['Rahmat Hidayat', 'Gubernur Kalimantan Timur'], ['Andi Wijaya', 'Wali Kota Surabaya']],
    );
    assert.equal(entityOf(document, 'Andi Wijaya').attributes.countryCode, 'ID');
  });

  it('reads a Malaysian state\'s Menteri Besar as its chief minister, honorific in the name', () => {
    const document = annotate('Johor Menteri Besar Datuk Onn Hafiz Ghazi welcomed the move.');
    assert.deepEqual(texts('Johor Menteri Besar Datuk Onn Hafiz Ghazi welcomed the move.', 'leader'), ['Datuk Onn Hafiz Ghazi']);
    assert.equal(entityOf(document, 'Datuk Onn Hafiz Ghazi').attributes.role, 'Chief Minister');
  });

  it('reads a regency the text names after "Kabupaten" as the regent\'s jurisdiction', () => {
    const document = annotate('Sorotan tertuju ke Kabupaten Pati. Bupati Pati Sudewo menaikkan pajak, lalu Sudewo meminta maaf.');
    assert.deepEqual(document.annotations.filter((a) => a.type === 'leader').map((a) => [a.text, a.role]), [
      ['Sudewo', 'Bupati Pati'],
      ['Sudewo', undefined],
    ]);
  });

  it('reads a bare governor\'s three-word name whole where the text writes it whole elsewhere, else its first word as the regency', () => {
    const document = annotate('Gubernur NTT Viktor Bungtilu Laiskodat datang. Kehadiran Gubernur Viktor Bungtilu Laiskodat disambut. Bupati Batang Rahmat Hidayanto hadir.');
    assert.deepEqual(document.annotations.filter((a) => a.type === 'leader').map((a) => [a.text, a.role]), [
      ['Viktor Bungtilu Laiskodat', 'Gubernur NTT'],
      ['Viktor Bungtilu Laiskodat', 'Gubernur'],
      ['Rahmat Hidayanto', 'Bupati Batang'],
    ]);
    // Nor after a courtesy title or an honorific.
    assert.deepEqual(texts('Wakil Gubernur Hj Sitti Rohmi Djalilah dan Gubernur Haji Abdul Rahman Latif hadir.', 'leader'), ['Sitti Rohmi Djalilah', 'Abdul Rahman Latif']);
    // No regency is named in two letters unless in capitals ("Bupati SBB").
    assert.deepEqual(mentions('Wakil Gubernur Uu Ruzhanul Ulum datang ke Bandung.', 'leader').map((a) => [a.text, a.role]), [['Uu Ruzhanul Ulum', 'Wakil Gubernur']]);
  });

  it('keeps a Sasak noble name and a prince\'s patronymic inside the name, the title outside', () => {
    assert.deepEqual(texts('Gubernur NTB Lalu Muhamad Iqbal mengatakan harga naik. Iqbal optimistis.', 'leader'), ['Lalu Muhamad Iqbal', 'Iqbal']);
    // "Anak" (a Balinese noble title) is also a portfolio word ("Perlindungan Anak").
    assert.deepEqual(texts('Ia bertemu dengan Bupati Badung Anak Agung Gde Agung di Mangupraja Mandala.', 'leader'), ['Anak Agung Gde Agung']);
    assert.deepEqual(texts('Menteri Kesejahteraan Anak hadir.', 'leader'), []);
    assert.deepEqual(
      mentions('Menpora bertemu menteri olahraga Arab Saudi, Pangeran Abdulaziz bin Turki Al Faisal.', 'leader').map((a) => [a.text, a.role]),
      [['Abdulaziz bin Turki Al Faisal', 'Pangeran']],
    );
    assert.deepEqual(texts('Pada 2017 Raja Tom bin Harrow Al Saudi mengunjungi Indonesia.', 'leader'), ['Tom bin Harrow Al Saudi']);
  });

  it('reads long Malaysian honorific chains with an academic title inside them', () => {
    assert.deepEqual(texts('Foreign Minister Datuk Seri Dr Zambry Abd Kadir met reporters on Monday.', 'leader'), ['Datuk Seri Dr Zambry Abd Kadir']);
    assert.deepEqual(texts('Trade Minister Tengku Datuk Seri Zafrul Tengku Abdul Aziz spoke on Monday.', 'leader'), ['Tengku Datuk Seri Zafrul Tengku Abdul Aziz']);
    assert.deepEqual(texts('Menteri Koordinator Maritim dan Investasi (Menko Marves) Luhut Binsar Pandjaitan hadir.', 'leader'), ['Luhut Binsar Pandjaitan']);
    // "bidang", the field of the office, leads in to the portfolio in lower case too.
    assert.deepEqual(texts('Ia diminta berhenti oleh Menteri Koordinator bidang Kemaritiman Tom Harrow. Menko bidang Kemaritiman, Ann Lee, hadir.', 'leader'), ['Tom Harrow', 'Ann Lee']);
    // The coordinating minister's short form written as one word.
    assert.deepEqual(texts('Menurut Menkopolhukam Andi Wirawan, tawaran itu dibahas. Menkomarves Ann Lee hadir.', 'leader'), ['Andi Wirawan', 'Ann Lee']);
  });

  it('takes consuls general for diplomats, company holdings for no office, and skips "Professor" before a name', () => {
    assert.deepEqual(texts('Konsul Jenderal Australia Tom Harrow hadir. The Consul General Ann Oduya spoke.', 'leader'), []);
    assert.deepEqual(texts('Deputi Director General Hongshi Holdings, Xu Xing, hadir.', 'leader'), []);
    assert.deepEqual(texts('Chief Adviser Professor Dr Tom Harrow said.', 'leader'), ['Tom Harrow']);
  });

  it('keeps the spelling "Syeh" of Sheikh in the name, and reads the portfolios Irrigation and Kemaritiman', () => {
    assert.deepEqual(texts('Presiden UEA Syeh Tom Harrow bin Zayed hadir.', 'leader'), ['Syeh Tom Harrow bin Zayed']);
    assert.deepEqual(texts('Minister for Energy, Water Resources, and Irrigation Tom Harrow said.', 'leader'), ['Tom Harrow']);
    assert.deepEqual(texts('Kata Tom Harrow, menteri Koordinator Bidang Kemaritiman RI.', 'leader').includes('Kemaritiman'), false);
  });

  it('leaves "H." (Haji) and academic titles between office and name out of both the name and the role', () => {
    const text = 'Gubernur Nusa Tenggara Barat (NTB), Dr. H. Lalu Muhammad Iqbal hadir. Gubernur Kalsel H Tom Harrow juga.';
    assert.deepEqual(
      mentions(text, 'leader').map((a) => [a.text, a.role]),
      [['Lalu Muhammad Iqbal', 'Gubernur Nusa Tenggara Barat (NTB)'], ['Tom Harrow', 'Gubernur Kalsel']],
    );
    // Inside a name an initial H stays.
    assert.deepEqual(texts('Bank Indonesia Governor Ahsan H. Mansur said.', 'leader'), ['Ahsan H. Mansur']);
  });

  it('reads an unknown regency before a one-word name when the text writes it after "di"', () => {
    const text = 'Bupati Batang Wihaji hadir. Pabrik yang ia bangun di Batang ini besar.';
    assert.deepEqual(texts(text, 'leader'), ['Wihaji']);
  });

  it('reads a name after the forms of address "YB" and "Tuan", keeping "Haji" as an honorific of the name', () => {
    assert.deepEqual(texts('Menhan Malaysia YB Tuan Haji Mohamad bin Sabu hadir. Tuan rumah Malaysia menyambut.', 'leader'), ['Haji Mohamad bin Sabu']);
  });

  it('reads English portfolio lists with construction, land reform and competition', () => {
    const text =
      "Kazakhstan's Minister of Industry and Construction, Yersayin Nagaspayev, met Minister of Agriculture, Rural Development and Land Reform Thoko Didiza and Minister of Trade, Industry and Competition Ebrahim Patel.";
    assert.deepEqual(texts(text, 'leader'), ['Yersayin Nagaspayev', 'Thoko Didiza', 'Ebrahim Patel']);
  });

  it("takes the name after \"Spokesperson to the President,\" for an aide's, but not the President's after \"an adviser to\"", () => {
    assert.deepEqual(texts('Spokesperson to the President, Vincent Magwenya, said. Magwenya left.', 'leader'), []);
    assert.deepEqual(texts('An adviser to President Tom Harrow, Ann Lee, said.', 'leader'), ['Tom Harrow']);
    // In English a spokesman's office straight before the title is a second office of the same person.
    assert.deepEqual(texts('Cabinet Co-Spokesman Minister Ann Perera said so. Perera left.', 'leader'), ['Ann Perera', 'Perera']);
    assert.deepEqual(texts('Juru Bicara Menteri Pertahanan Tom Harrow mengatakan.', 'leader'), []);
    assert.deepEqual(texts('Menurut Juru Bicara (Jubir) Wapres Tom Harrow, pertemuan itu penting.', 'leader'), []);
    assert.deepEqual(texts('Minister Without Portfolio Tom Harrow said. The minister without portfolio, Ann Lee, agreed.', 'leader'), ['Tom Harrow', 'Ann Lee']);
  });

  it('keeps a month-like given name in an Indonesian name unless a word of time follows it', () => {
    assert.deepEqual(texts('Menteri Pertanian Tiongkok, Han Jun hadir bersama Menteri Wang Mei.', 'leader'), ['Han Jun', 'Wang Mei']);
    assert.deepEqual(texts('Presiden Tom Harrow Mei lalu bertemu Menteri Ann Lee Juni tahun ini.', 'leader'), ['Tom Harrow', 'Ann Lee']);
  });

  it('reads portfolios of rural affairs and expatriates joined by "dan"', () => {
    assert.deepEqual(texts('Menteri Pertanian dan Urusan Pedesaan Tiongkok, Han Jun, hadir.', 'leader'), ['Han Jun']);
    assert.deepEqual(texts('Menteri Luar Negeri dan Ekspatriat Palestina Riad Malki hadir.', 'leader'), ['Riad Malki']);
  });

  it("takes a known name inside a patronymic chain for the father's, and reads a known name's chain as his", () => {
    const text =
      'Attending were Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum, Crown Prince of Dubai, and Sheikh Maktoum bin Mohammed bin Rashid Al Maktoum. ' +
      'Mohammed bin Rashid praised them.';
    assert.deepEqual(texts(text, 'leader'), ['Mohammed bin Rashid']);
    assert.deepEqual(texts('The Crown Prince, Mohammad bin Salman bin Abdulaziz al Saud, spoke.', 'leader'), ['Mohammad bin Salman bin Abdulaziz al Saud']);
    // The father's name in two words, the family's with a hyphenated particle.
    assert.deepEqual(texts('Jokowi bertemu Mohammed bin Salman bin Abdul Aziz Al-Saud yang juga Menteri Pertahanan.', 'leader'), [
      'Jokowi',
      'Mohammed bin Salman bin Abdul Aziz Al-Saud',
    ]);
    // A known surname after another name and a particle is someone else's.
    assert.deepEqual(texts('Presiden Lula da Silva tiba. Jose Adriano da Silva, a farmer, waved.', 'leader'), ['Lula da Silva']);
  });

  it('reads the American press\'s "Gov." and "Lt. Gov." as titles', () => {
    assert.deepEqual(texts('Minnesota Gov. Tim Walz left for Tokyo with Lt. Gov. Peggy Flanagan. Walz said so.', 'leader'), ['Tim Walz', 'Peggy Flanagan', 'Walz']);
  });

  it('reads a name after "Hon" and "Rt Hon", and keeps "Lord" and "Sir" in the name after a title', () => {
    assert.deepEqual(texts('Minister of Justice Hon Clive Edward and Minister Rt. Hon. Mark Brown spoke.', 'leader'), ['Clive Edward', 'Mark Brown']);
    assert.deepEqual(texts('Prime Minister Lord Tuʻivakano met Governor Sir Tom Harrow. Later Tuʻivakano left. The Lord said.', 'leader'), [
      'Lord Tuʻivakano',
      'Sir Tom Harrow',
      'Tuʻivakano',
    ]);
  });

  it('does not count senators, who hold no leadership office', () => {
    assert.deepEqual(texts('Senator Ron Wyden of Oregon waved a copy of the deal.', 'leader'), []);
    // Nor an embassy's diplomatic ranks.
    assert.deepEqual(texts('Hadir Minister Counsellor Sunani Alu Adrori dan Minister-Counsellor Rudi Hartanto.', 'leader'), []);
  });

  it('keeps "Raja", "Ratu", "Sultan" as a given name after another title', () => {
    const document = annotate('Menteri Pariwisata Ratu Sekar Ayu membuka pameran.');
    assert.deepEqual(texts('Menteri Pariwisata Ratu Sekar Ayu membuka pameran.', 'leader'), ['Ratu Sekar Ayu']);
    assert.equal(entityOf(document, 'Ratu Sekar Ayu').attributes.role, 'Minister of Tourism');
  });

  it('reads a business body\'s word ending a name after a plain name word as a surname ("Jack Chambers")', () => {
    assert.deepEqual(texts('The Minister for Finance, Jack Chambers, confirmed it. Finance Minister Jack Chambers spoke. According to Minister Chambers, it is so.', 'leader'), ['Jack Chambers', 'Jack Chambers', 'Chambers']);
    assert.deepEqual(texts('Ketua Kadin Tom Harrow dan Ketua Asosiasi Pengusaha Tom Harrow hadir.', 'leader'), []);
  });

  it('knows the UK\'s secretaries for Northern Ireland, Scotland and Wales', () => {
    const text = 'Talks between the Northern Secretary Tom Harrow and the parties began. Scottish Secretary Ann Oduya and Welsh Secretary Ted Bumba agreed.';
    assert.deepEqual(texts(text, 'leader'), ['Tom Harrow', 'Ann Oduya', 'Ted Bumba']);
    assert.equal(entityOf(annotate(text), 'Tom Harrow').attributes.role, 'Secretary of State for Northern Ireland');
  });

  it('reads no name in a capital letter hyphenated onto a lower-case word ("the First Minister U-turned")', () => {
    assert.deepEqual(texts('In his speech, the First Minister U-turned in the face of opposition.', 'leader'), []);
  });

  it('reads no leader in a company after a chairman\'s title, nor in the governor of a state-owned bank ("Chairman Mitsubishi Corp", "Gubernur JBIC")', () => {
    assert.deepEqual(texts('Ia bertemu CEO Mitsui & Co, Chairman Mitsubishi Corp serta Gubernur JBIC Tom Harrow.', 'leader'), []);
  });

  it('reads a state\'s name after the title whole, though a word of it opens business bodies ("Persatuan Emirat Arab")', () => {
    assert.deepEqual(texts('Ia bertemu Menteri Negara Persatuan Emirat Arab (PEA) Tom Harrow. Ketua Persatuan Pengusaha Gula Ann Oduya hadir.', 'leader'), ['Tom Harrow']);
  });

  it('keeps initials written against a known leader\'s short form in the span ("Mr. U.Khurelsukh")', () => {
    assert.deepEqual(texts('Mr. U.Khurelsukh and his counterpart met. Khurelsukh left.', 'leader'), ['U.Khurelsukh', 'Khurelsukh']);
  });

  it('reads "Majelis Syuro" as a council\'s name in the office, not a name word', () => {
    assert.deepEqual(texts('Ketua Majelis Syuro PKS Tom Harrow hadir. Ketua Majelis Syuro Ann Oduya juga.', 'leader'), ['Tom Harrow', 'Ann Oduya']);
  });

  it('reads "Sultan" before the Arabic article as a given name, not a monarch\'s title ("Sultan Al Jaber")', () => {
    assert.deepEqual(texts('Sultan Al Jaber, Menteri Perindustrian dan Teknologi Maju UEA, hadir. Sultan Hassanal Bolkiah juga.', 'leader'), ['Sultan Al Jaber', 'Hassanal Bolkiah']);
    assert.deepEqual(texts("He met UAE's Minister of Advanced Industries Sultan Al-Jaber.", 'leader'), ['Sultan Al-Jaber']);
  });

  it('reads an Indonesian acronym holding a digit after a minister\'s title as the portfolio ("Menteri P2MI Mukhtarudin")', () => {
    assert.deepEqual(texts('Acara disaksikan Menteri P2MI Mukhtarudin dan Menteri BP2MI Karding.', 'leader'), ['Mukhtarudin', 'Karding']);
    // A ministry's secretary-general is a civil servant, though no list knows the ministry.
    assert.deepEqual(texts('Hadir pula Sekjen Kementerian P2MI Dwiyono.', 'leader'), []);
  });

  it('reads an Indonesian ke-...-an noun after a minister\'s title as the portfolio, though misspelt or unlisted', () => {
    assert.deepEqual(texts('Menteri Keternagakerjaan, Tom Harrow, mengatakan hal itu. Menteri Kemaritiaman Ann Oduya hadir.', 'leader'), ['Tom Harrow', 'Ann Oduya']);
    assert.deepEqual(texts('Menteri Pertanian dan Keterjaminan Makanan Malaysia berjanji.', 'leader'), []);
  });

  it('reads no leader in a central bank\'s Indonesian deputy governor, nor in "Arab" after a title', () => {
    assert.deepEqual(texts('Deputi Gubernur Senior Bank Indonesia Tom Harrow dan Deputi Gubernur BI Ann Oduya hadir. Gubernur BI Ted Bumba hadir.', 'leader'), ['Ted Bumba']);
    assert.deepEqual(texts('Ia mengadu ke Menlu Arab soal ini.', 'leader'), []);
  });

  it('reads no name in the last word of an English title ("Commander of Defence Force")', () => {
    assert.deepEqual(texts('Hadir Australian Commander of Defence Force (CDF) dan KSAD Australia.', 'leader'), []);
  });

  it('reads "Raja" in English text as a given name, not the Indonesian title of a king', () => {
    assert.deepEqual(texts('Raja Tom Harrow said so. Raja Salman tiba.', 'leader'), []);
    assert.deepEqual(texts('Raja Tom Harrow, the former prime minister, said so.', 'leader'), ['Raja Tom Harrow']);
    assert.deepEqual(texts('Prime Minister Raja Tom Harrow said so.', 'leader'), ['Raja Tom Harrow']);
    // In Indonesian it is the title.
    assert.deepEqual(texts('Raja Tom Harrow tiba di Jakarta pada Senin.', 'leader'), ['Tom Harrow']);
  });

  it('reads an appositive office of an international body with its acronym and organ after it', () => {
    const text = 'Tom Harrow, secretary-general of the African Continental Free Trade Area (AfCFTA) secretariat, told reporters.';
    assert.deepEqual(mentions(text, 'leader').map((a) => a.text), ['Tom Harrow']);
  });

  it('reads no leader at the head of a religious, charitable or mass organisation, nor of a cooperative', () => {
    const text = 'Ketua Umum Majelis Ulama Indonesia (MUI), Tom Harrow menyerahkan donasi. Wakil Ketua Baznas Ann Oduya hadir. Ketua Koperasi Kerta Semaya (KSS), Ted Bumba, hadir.';
    assert.deepEqual(texts(text, 'leader'), []);
    assert.deepEqual(texts(text, 'organization'), ['Majelis Ulama Indonesia', 'MUI', 'Baznas']);
    // The army wives' association: its chair no leader, its name no person's.
    assert.deepEqual(texts('Ketua Umum Persit Kartika Candra Kirana Ny Hetty hadir. Kadispenad Brigjen Candra mengatakan.', 'leader'), []);
  });

  it('reads "Sultan" after a company\'s office as a given name, not a monarch\'s title', () => {
    assert.deepEqual(texts('DP World Group Chairman and CEO Sultan Tom Harrow met the minister.', 'leader'), []);
    assert.deepEqual(texts('Chairman DP World Sultan Tom Harrow bertemu menteri.', 'leader'), []);
    assert.deepEqual(texts('Raja Malaysia Sultan Tom Harrow hadir.', 'leader'), ['Sultan Tom Harrow']);
  });

  it('does not take a one-word short form at the start of someone else\'s name', () => {
    assert.deepEqual(texts('Pengusaha Li Xing hadir. Perdana Menteri China Li Qiang juga hadir.', 'leader'), ['Li Qiang']);
    assert.deepEqual(texts('Xi Tiba di Moskow untuk Bertemu Putin\n\nPresiden China Xi Jinping tiba di Moskow.', 'leader'), ['Xi', 'Putin', 'Xi Jinping']);
  });

  it('reads a regency named with a point of the compass as the regent\'s jurisdiction', () => {
    const document = annotate('Bupati Kutai Timur Ardiansyah Sulaiman dan Bupati Sumba Barat Daya Ratu Ngadu Bonu Wulla hadir.');
    assert.deepEqual(document.annotations.filter((a) => a.type === 'leader').map((a) => [a.text, a.role]), [
      ['Ardiansyah Sulaiman', 'Bupati Kutai Timur'],
      ['Ratu Ngadu Bonu Wulla', 'Bupati Sumba Barat Daya'],
    ]);
  });

  it('reads past a regency\'s short form and "nonaktif", its term of office, or its province in commas to the regent\'s name', () => {
    const text =
      'KPK menahan Bupati Labuhanbatu Utara (Labura) nonaktif Tom Harrow. Bupati Lampung Utara periode 2014–2019, Ann Oduya ditahan. Mantan Bupati Temanggung, Jawa Tengah, Li Wen membantah.';
    assert.deepEqual(
      annotate(text).annotations.filter((a) => a.type === 'leader').map((a) => [a.text, a.role]),
      [
        ['Tom Harrow', 'Bupati Labuhanbatu Utara (Labura) nonaktif'],
        ['Ann Oduya', 'Bupati Lampung Utara periode 2014–2019'],
        ['Li Wen', 'Mantan Bupati Temanggung, Jawa Tengah'],
      ],
    );
    // Where a city no list knows lies, set off by a comma before the name.
    assert.deepEqual(texts('Hadir Wali Kota Wewak di Provinsi Sepik Timur, John Nawas. Bupati Merauke di Papua Selatan, Ann Oduya juga.', 'leader'), ['John Nawas', 'Ann Oduya']);
    assert.deepEqual(texts('Gubernur Papua di Jayapura, kata dia, John Nawas hadir.', 'leader'), []);
  });

  it('reads a regency named after an island and a point of the compass, and "Kesejahteraan Sosial"', () => {
    const document = annotate('Bupati Lombok Tengah Lalu Pathul Bahri hadir. Menteri Kesejahteraan Sosial Filipina Rex Gatchalian berterima kasih.');
    assert.deepEqual(document.annotations.filter((a) => a.type === 'leader').map((a) => [a.text, a.role]), [
      ['Lalu Pathul Bahri', 'Bupati Lombok Tengah'],
      ['Rex Gatchalian', 'Menteri Kesejahteraan Sosial Filipina'],
    ]);
  });

  it('reads a long Indonesian portfolio with "Hubungan" and "Kerja Sama"', () => {
    const leader = annotate('Menteri Hubungan Internasional dan Kerja Sama Afrika Selatan Ronald Lamola hadir.').annotations.find((a) => a.type === 'leader');
    assert.deepEqual([leader?.text, leader?.role], ['Ronald Lamola', 'Menteri Hubungan Internasional dan Kerja Sama Afrika Selatan']);
  });

  it('reads "Minister for X and Y" before a name, also inside a list of offices', () => {
    const document = annotate(
      'He was accompanied by Minister for Foreign Affairs Penny Wong, Minister for Trade and Tourism Don Farrell, Minister for Industry and Science Ed Husic.',
    );
    assert.deepEqual(document.annotations.filter((a) => a.type === 'leader').map((a) => [a.text, a.role]), [
      ['Penny Wong', 'Minister for Foreign Affairs'],
      ['Don Farrell', 'Minister for Trade and Tourism'],
      ['Ed Husic', 'Minister for Industry and Science'],
    ]);
  });

  it('reads Philippine cabinet titles, by portfolio or by department\'s abbreviation, and a portfolio spelt out in brackets', () => {
    assert.deepEqual(
      mentions('NEDA Secretary Arsenio M. Balisacan, Budget Secretary Amenah Pangandaman and DICT Secretary Ivan Uy met.', 'leader').map((a) => [a.text, a.role]),
      [
        ['Arsenio M. Balisacan', 'NEDA Secretary'],
        ['Amenah Pangandaman', 'Budget Secretary'],
        ['Ivan Uy', 'DICT Secretary'],
      ],
    );
    assert.deepEqual(
      texts("Minister in the Prime Minister's Department (Sabah Affairs, Sarawak and Special Duties) Datuk Armizan Mohd Ali said so.", 'leader'),
      ['Datuk Armizan Mohd Ali'],
    );
    // Not a parenthesis of lower-case words.
    assert.deepEqual(texts('The Minister (who had arrived late and spoke briefly) Datuk Armizan said so.', 'leader'), []);
  });

  it('reads a name ending in "Raya" after a title', () => {
    assert.deepEqual(texts('Gubernur NTT, Frans Lebu Raya mengatakan. Lebu Raya hadir.', 'leader'), ['Frans Lebu Raya', 'Lebu Raya']);
  });

  it('knows party and opposition leaders named with no title', () => {
    assert.deepEqual(texts('Partai sayap kanan pimpinan Geert Wilders menang. Wilders ingin menjadi perdana menteri.', 'leader'), ['Geert Wilders', 'Wilders']);
    // The party's acronym before a known name is no part of it.
    assert.deepEqual(texts('Ketua CHP Kemal Kilicdaroglu kalah dalam pemilu.', 'leader'), ['Kemal Kilicdaroglu']);
    const document = annotate('Reform UK leader Nigel Farage and Kemi Badenoch clashed.');
    assert.equal(entityOf(document, 'Kemi Badenoch').attributes.countryCode, 'GB');
  });

  it('does not take a one-word short form after another name word for the gazetteer leader', () => {
    // "Pramono" alone is Jakarta's governor; "Yoon" alone South Korea's former president.
    assert.deepEqual(texts('Indonesian Ambassador to Australia Siswo Pramono and professor Heo Yoon spoke in La Paz.', 'leader'), []);
    // An honorific is no other name.
    assert.deepEqual(texts('Datuk Anwar met Sheikh Tamim.', 'leader'), ['Datuk Anwar', 'Sheikh Tamim']);
  });

  it('keeps a gazetteer leader\'s honorifics and reads the Arabic article spelt either way', () => {
    assert.deepEqual(texts('Earlier, Sheikh Mohammed bin Rashid Al-Maktoum met Sheikh Abdullah bin Zayed Al Nahyan.', 'leader'), [
      'Sheikh Mohammed bin Rashid Al-Maktoum',
      'Sheikh Abdullah bin Zayed Al Nahyan',
    ]);
  });

  it('does not take a one- or two-star rank for a command', () => {
    assert.deepEqual(texts('It said so, according to Navy spokesperson Rear Adm. Roy Vincent Trinidad.', 'leader'), []);
  });

  it('does not take a company\'s president director or commissioner for a leader', () => {
    assert.deepEqual(texts('Presiden Direktur PT Pertamina Simon Aloysius Mantiri dan Presiden Komisaris Mochamad Iriawan hadir.', 'leader'), []);
    assert.deepEqual(texts('President Director of the Oil Palm Fund Bayu Krisnamurthi said so.', 'leader'), []);
  });

  it('does not give a known leader the office of another country written before a comma', () => {
    const document = annotate('Selain bertemu Menlu Arab Saudi, Sugiono juga bertemu Menlu Finlandia Elina Valtonen.');
    assert.deepEqual(document.annotations.filter((a) => a.type === 'leader').map((a) => [a.text, a.role]), [
      ['Sugiono', undefined],
      ['Elina Valtonen', 'Menlu Finlandia'],
    ]);
    assert.equal(annotate('Menteri Luar Negeri RI, Sugiono, hadir.').annotations.find((a) => a.type === 'leader')?.role, 'Menteri Luar Negeri RI');
  });

  it('skips a body named with its abbreviation between the title and the name', () => {
    const document = annotate('Sekretaris Jenderal Badan Riset Pangan Dunia (BRPD) Helena Marquez tiba di Jakarta.');
    assert.deepEqual(document.annotations.filter((a) => a.type === 'leader').map((a) => [a.text, a.role]), [
      ['Helena Marquez', 'Sekretaris Jenderal Badan Riset Pangan Dunia (BRPD)'],
    ]);
    // A part of a body the gazetteer knows.
    assert.deepEqual(texts('Ketua Komisi II DPR Rahmat Santoso meminta penjelasan.', 'leader'), ['Rahmat Santoso']);
    // A body the gazetteer knows, with its abbreviation after it.
    assert.deepEqual(texts('Sekretaris Jenderal Organisasi Perdagangan Dunia (WTO) Marta Oyelaran hadir.', 'leader'), ['Marta Oyelaran']);
  });

  it('reads no leader after a title that names the leader\'s office ("Kantor PM"), and a party\'s full name as the party', () => {
    assert.deepEqual(texts('Sekretaris Pers Kantor PM Singapura Tom Harrow mengatakan hal itu.', 'leader'), []);
    assert.deepEqual(mentions('Sekretaris Jenderal Partai Golongan Karya (Golkar), M Sarmuji mengapresiasi langkah itu.', 'leader').map((a) => a.text), ['M Sarmuji']);
  });

  it('leaves the title out of a gazetteer name of a title and one word ("Pope Francis"), not a title that is also a given name', () => {
    assert.deepEqual(mentions('Pope Francis met Sultan Najamudin.', 'leader').map((a) => [a.text, a.role]), [
      ['Francis', 'Pope'],
      ['Sultan Najamudin', undefined],
    ]);
  });

  it('leaves a doctor\'s "dr" in lower case between the office and the name out of both', () => {
    assert.deepEqual(mentions('Wakil Wali Kota Manado dr Tom Harrow hadir di Davao dan General Santos.', 'leader').map((a) => [a.text, a.role]), [['Tom Harrow', 'Wakil Wali Kota Manado']]);
  });

  it('reads a minister\'s short title written whole or in two parts', () => {
    for (const title of ['Mendikbudristek', 'Mendikbud Ristek']) {
      assert.deepEqual(mentions(`${title} Nadiem Makarim meresmikan sekolah itu.`, 'leader').map((a) => [a.text, a.role]), [['Nadiem Makarim', title]]);
    }
  });

  it('reads a governor\'s or mayor\'s office set off after the name as the state\'s of its region or city', () => {
    const document = annotate('Kathy Hochul, Governor of New York, met Sadiq Khan, Mayor of London, on Monday.');
    assert.deepEqual(document.annotations.filter((a) => a.type === 'leader').map((a) => [a.text, entityOf(document, a.text).attributes.countryCode]), [
      ['Kathy Hochul', 'US'],
      ['Sadiq Khan', 'GB'],
    ]);
    assert.deepEqual(mentions('Pemerintahan Gubernur Hendrik Lewerissa dan Abdulah Vanath sebagai Wakil Gubernur Maluku berjalan baik.', 'leader').map((a) => [a.text, a.role]), [
      ['Hendrik Lewerissa', 'Gubernur'],
      ['Abdulah Vanath', 'Wakil Gubernur Maluku'],
    ]);
  });

  it('reads the presiding office of a state\'s legislature set off by a comma after the name as its speaker', () => {
    const document = annotate('Somsak Vongsa, President of the National Assembly of the Lao PDR, met Ana Ruiz, Vice President of the Senate of Chile, and Omar Haddad, Speaker of the National Assembly of Kuwait.');
    assert.deepEqual(document.annotations.filter((a) => a.type === 'leader').map((a) => [a.text, entityOf(document, a.text).attributes.role, entityOf(document, a.text).attributes.countryCode]), [
      ['Somsak Vongsa', 'Speaker', 'LA'],
      ['Ana Ruiz', 'Deputy Speaker', 'CL'],
      ['Omar Haddad', 'Speaker', 'KW'],
    ]);
    // Any other body's president is no state's officer.
    assert.deepEqual(texts('John Doe, President of the Chamber of Commerce of Kenya, spoke.', 'leader'), []);
  });

  it('reads an office set off by a comma after the name', () => {
    const document = annotate("Tomas Ekberg, Sweden's former trade minister, and Amina Diallo, the Senegalese foreign minister, met.");
    assert.deepEqual(document.annotations.filter((a) => a.type === 'leader').map((a) => [a.text, a.role]), [
      ['Tomas Ekberg', "Sweden's former trade minister"],
      ['Amina Diallo', 'the Senegalese foreign minister'],
    ]);
    assert.equal(entityOf(document, 'Amina Diallo').attributes.countryCode, 'SN');
    assert.deepEqual(texts('Rafael Moreno, Menteri Luar Negeri Chile, tiba di Jakarta.', 'leader'), ['Rafael Moreno']);
    // Without a country the office may be anyone's: a chamber's, a company's.
    assert.deepEqual(texts('John Smith, president of the chamber, spoke.', 'leader'), []);
    // A minister's office is a government's even without one, portfolio written before it.
    assert.deepEqual(
      mentions('The delegation was led by Pavel Orlov, the former culture minister who now advises the cabinet.', 'leader').map((a) => [a.text, a.role]),
      [['Pavel Orlov', 'the former culture minister']],
    );
    assert.deepEqual(texts('Talks were opened by Maria Lopes, the foreign minister, on Monday.', 'leader'), ['Maria Lopes']);
    // A word that says which or how new the office is stands between the article and the office.
    assert.deepEqual(
      mentions('The session was chaired by Omar Bashiri, the federal Minister of Finance, and by Lina Haddad, the newly appointed foreign minister.', 'leader').map((a) => [a.text, a.role]),
      [
        ['Omar Bashiri', 'the federal Minister of Finance'],
        ['Lina Haddad', 'the newly appointed foreign minister'],
      ],
    );
    // Another office of his in brackets between the title and the name; a party's chair is a
    // party leader, no business body's.
    assert.deepEqual(
      mentions('Presiden bertemu Ketua Oposisi (Ketua Partai Nasional Selandia Baru) Tom Harrow.', 'leader').map((a) => [a.text, a.role]),
      [['Tom Harrow', 'Ketua Oposisi (Ketua Partai Nasional Selandia Baru)']],
    );
    // "Ka-chiu" is one word of a four-word limit; "Hong Kong SAR" is Hong Kong.
    assert.deepEqual(
      mentions('He will meet Tom Lee Ka-chiu, Chief Executive of Hong Kong SAR, on Monday.', 'leader').map((a) => [a.text, a.role]),
      [['Tom Lee Ka-chiu', 'Chief Executive of Hong Kong SAR']],
    );
    // So is a central bank's governor; a chamber's president is not.
    assert.deepEqual(texts('Also there were Ilir Dema, the governor of the central bank, and Ana Kola, president of the chamber.', 'leader'), ['Ilir Dema']);
    // An office of a state's body known by name is that state's; a company's is no one's.
    const governed = annotate('So said Rafiq Hasan, governor of Bangladesh Bank, and Ms Tan, president of Bank Mandiri.');
    assert.deepEqual(
      governed.annotations.filter((a) => a.type === 'leader').map((a) => [a.text, a.role]),
      [['Rafiq Hasan', 'governor of Bangladesh Bank']],
    );
    assert.equal(entityOf(governed, 'Rafiq Hasan').attributes.countryCode, 'BD');
    // The office may go on with where or when it was spoken of.
    assert.deepEqual(
      mentions('Arjun Bahadur Thapa, finance minister at a forum in the capital, said so.', 'leader').map((a) => [a.text, a.role]),
      [['Arjun Bahadur Thapa', 'finance minister']],
    );
  });

  it('reads an office after the comma whose title goes on in words of its own, or an organisation\'s, and hyphenated names', () => {
    // "minister of energy" is a title, but here "minister" is the office and "of ..." its portfolio.
    assert.deepEqual(texts("He met Leila Benali, Morocco's minister of energy transition, in Abuja.", 'leader'), ['Leila Benali']);
    assert.deepEqual(
      mentions('The panel was chaired by Ban Ki-moon, the UN secretary-general. Ban said so.', 'leader').map((a) => [a.text, a.role]),
      [
        ['Ban Ki-moon', 'the UN secretary-general'],
        ['Ban', undefined],
      ],
    );
  });

  it('keeps a place\'s word inside a Gulf name after an honorific or a hyphenated article', () => {
    assert.deepEqual(texts("Kuwait's Emir Sheikh Sabah al-Ahmed al-Sabah welcomed him.", 'leader'), ['Sheikh Sabah al-Ahmed al-Sabah']);
    // An honorific alone is no repeated name.
    assert.deepEqual(texts('Emir Sheikh Tamim bin Hamad welcomed him. Another Sheikh came.', 'leader'), ['Sheikh Tamim bin Hamad']);
  });

  it('does not take the Malaysian "Ketua Pengarah" (director-general) for a chairman\'s title', () => {
    assert.deepEqual(texts('Ketua Pengarah Kemajuan Islam Malaysia hadir di Kuala Lumpur.', 'leader'), []);
  });

  it('knows famous former leaders named without a title, but not bodies named after them', () => {
    assert.deepEqual(texts('Bandung inspired the late Nelson Mandela, and Felix Houphouët-Boigny too.', 'leader'), ['Nelson Mandela', 'Felix Houphouët-Boigny']);
    assert.deepEqual(texts('A berth at the Jawaharlal Nehru Port Authority and a gala at the John F. Kennedy Center.', 'leader'), []);
  });

  it('keeps the particle of a one-word name on its later mentions ("Al Haris")', () => {
    const document = annotate('Gubernur Jambi Al Haris membuka pameran. "Ini penting," ujar Al Haris. Lalu Haris pergi.');
    const leaders = document.annotations.filter((a) => a.type === 'leader');
    assert.deepEqual(leaders.map((a) => a.text), ['Al Haris', 'Al Haris', 'Haris']);
    assert.equal(new Set(leaders.map((a) => a.entityId)).size, 1);
  });

  it('links the first letters of a leader\'s name right after a title ("Gubernur Mirza")', () => {
    const document = annotate('Gubernur Lampung Rahmat Mirzani Djausal hadir. “Bagus,” ujar Gubernur Mirza. Mirza pulang, Gubernur Rahmatan tidak.');
    const leaders = document.annotations.filter((a) => a.type === 'leader');
    assert.deepEqual(leaders.map((a) => a.text), ['Rahmat Mirzani Djausal', 'Mirza']);
    assert.equal(new Set(leaders.map((a) => a.entityId)).size, 1);
    // Two leaders whose names open alike: the clip names neither.
    assert.deepEqual(texts('Menteri Perdagangan Budi Harisandi dan Menteri Pertanian Agus Harisanto hadir. Gubernur Haris berkata.', 'leader'), [
      'Budi Harisandi',
      'Agus Harisanto',
    ]);
    assert.deepEqual(texts('Menteri Perdagangan Budi Harisandi hadir. Gubernur Haris berkata.', 'leader'), ['Budi Harisandi', 'Haris']);
    // After a title of address too, spelled out or not.
    assert.deepEqual(texts('Gubernur NTB Zulkarnaenmansyah hadir. Doktor Zul mengajak mereka; Dr. Zul juga. Zul pulang.', 'leader'), ['Zulkarnaenmansyah', 'Zul', 'Zul']);
    // Before the repeated surname the clipped given name belongs to the mention.
    assert.deepEqual(texts('Gubernur NTT Emanuel Melkiades Laka Lena hadir. Menurut Melki Laka Lena, NTT maju.', 'leader'), [
      'Emanuel Melkiades Laka Lena',
      'Melki Laka Lena',
    ]);
    // Five letters or more of the given name that are no known word need no title; of a
    // later part ("Mirza" above) or shorter ("Zul") they do.
    const clipped = annotate('Menteri Perdagangan Enggarsaputra Lukito tiba. “Selesai,” kata Enggar. Menurut Enggar, Indonesia siap.');
    assert.deepEqual(
      clipped.annotations.filter((a) => a.type === 'leader').map((a) => a.text),
      ['Enggarsaputra Lukito', 'Enggar', 'Enggar'],
    );
    assert.equal(new Set(clipped.annotations.filter((a) => a.type === 'leader').map((a) => a.entityId)).size, 1);
  });

  it('leaves a portfolio\'s abbreviation or a numeral between a title and a known leader\'s name out of the name', () => {
    assert.deepEqual(
      mentions('Ekspor dilepas oleh Menteri KP Sakti Wahyu Trenggono. Brunei diwakili Menteri Luar Negeri II Erywan Yusof.', 'leader').map((a) => [a.text, a.role]),
      [['Sakti Wahyu Trenggono', 'Menteri KP'], ['Erywan Yusof', 'Menteri Luar Negeri II']],
    );
    // Initials that are the known name's own stay in it.
    assert.deepEqual(texts('Prime Minister KP Sharma Oli spoke.', 'leader'), ['KP Sharma Oli']);
  });

  it('keeps initials whose last dot is left out in the name, before and after the office', () => {
    assert.deepEqual(texts('Attended by H.E. Dr. A.K Tom Harrow, Minister of Foreign Affairs of Bangladesh. Foreign Minister A.K Tom Harrow said.', 'leader'), [
      'A.K Tom Harrow',
      'A.K Tom Harrow',
    ]);
  });

  it('reads the Bhutanese titles Lyonpo and Lyonchhen, and the spelling "Pashinian"', () => {
    assert.deepEqual(
      mentions('Attended by H.E. Lyonpo Dr. Tom Harrow, and Lyonchhen Ann Oduya. Pashinian told reporters.', 'leader').map((a) => [a.text, a.role]),
      [['Tom Harrow', 'Lyonpo'], ['Ann Oduya', 'Lyonchhen'], ['Pashinian', undefined]],
    );
  });

  it('finds a repeated surname after a courtesy title written without its dot ("ujar Mr Teo")', () => {
    assert.deepEqual(texts('Menteri Koordinator Singapura Tom Harrow hadir. "Kami maju," ujar Mr Harrow. Menurut Dr Harrow, Singapura konsisten.', 'leader'), [
      'Tom Harrow',
      'Harrow',
      'Harrow',
    ]);
  });

  it('keeps a name particle hyphenated onto a repeated surname or a known short form', () => {
    assert.deepEqual(texts('Egypt’s President Abdel Fattah Al-Sisi welcomed the envoy. Al-Sisi said so. Later al-Sisi left.', 'leader'), [
      'Abdel Fattah Al-Sisi',
      'Al-Sisi',
      'al-Sisi',
    ]);
    // "Mekdad" is the gazetteer's short form; the particle written before it is the name's.
    assert.deepEqual(texts('Foreign Minister Faisal Al-Mekdad arrived. Then Al-Mekdad said the talks went well.', 'leader'), ['Faisal Al-Mekdad', 'Al-Mekdad']);
  });

  it('takes a short form as common as "Li" after "Mr." for someone else where the leader is never named in full or titled', () => {
    assert.deepEqual(texts('Ketua Asosiasi Smelter China, Mr. Li, datang. Mr. Li berkata.', 'leader'), []);
    assert.deepEqual(texts('Premier Li Qiang spoke. Mr. Li said so.', 'leader'), ['Li Qiang', 'Li']);
    // After a given name, even one opening a sentence; a leader named in full keeps his.
    assert.deepEqual(texts('Sung Kim kini menjabat presiden Hyundai. Sung Kim adalah diplomat.', 'leader'), []);
    assert.deepEqual(texts('Duta Besar AS, Sung Yong Kim, hadir. Kim pun membahas perdagangan.', 'leader'), []);
    assert.deepEqual(texts('Presiden Kim Jong Un datang. Kim berkata.', 'leader'), ['Kim Jong Un', 'Kim']);
    assert.deepEqual(texts('President Xi spoke. Mr. Xi said so.', 'leader'), ['Xi', 'Xi']);
    assert.deepEqual(texts('Mr Trudeau said the G7 agreed.', 'leader'), ['Trudeau']);
    // Nor is a short form hyphenated onto a lower-case word a name: lithium in "Li-ion".
    assert.deepEqual(texts('Pabrik baterai Li-ion dibangun.', 'leader'), []);
  });

  it('takes no title after "bin" and no style or degree in brackets for a nickname', () => {
    assert.deepEqual(texts('He met Ambassador Abdulaziz bin Sultan Al-Rumaihi yesterday.', 'leader'), []);
    assert.deepEqual(texts('The visit of Mohamed Bin Zayed Al Nahyan (Sheikh) and Prime Minister Abiy Ahmed (PhD).', 'leader'), ['Mohamed Bin Zayed Al Nahyan', 'Abiy Ahmed']);
    assert.deepEqual(texts('President Joko Widodo (Jokowi) spoke.', 'leader'), ['Joko Widodo', 'Jokowi']);
  });

  it('takes a South Asian "Secretary" for the civil servant under the minister', () => {
    assert.deepEqual(
      texts('Indian Foreign Secretary Vikram Misri met British Foreign Secretary Jane Doe and US Commerce Secretary John Roe.', 'leader'),
      ['Jane Doe', 'John Roe'],
    );
    // With no country at the title, the country the text names most decides.
    assert.deepEqual(texts('Bangladesh and India talked in Dhaka. Bangladesh sent Commerce Secretary Md Mahbubur Rahman.', 'leader'), []);
    assert.deepEqual(texts('The UK and India talked in London. The UK sent Business Secretary Jane Doe.', 'leader'), ['Jane Doe']);
    // Or the one named last before it in its paragraph.
    assert.deepEqual(texts('Britain and Mauritius signed. Britain offered a ship. The aid came from India. Foreign secretary Vikram Misri told reporters.', 'leader'), []);
  });

  it('links a repeated hyphenated surname as one mention', () => {
    assert.deepEqual(texts('Minister Katarzyna Pełczyńska-Nałęcz spoke. “We agree,” Pełczyńska-Nałęcz said.', 'leader'), [
      'Katarzyna Pełczyńska-Nałęcz',
      'Pełczyńska-Nałęcz',
    ]);
  });

  it('takes the name after a counterpart phrase', () => {
    assert.deepEqual(texts('Raisi bertemu timpalannya dari Venezuela, Nicolas Maduro, di Teheran.', 'leader').slice(-1), ['Nicolas Maduro']);
  });

  it("matches a gazetteer name of three words or more in another transliteration of its words, not a shorter one", () => {
    const document = annotate('Mohammad bin Zayed bertemu Abdul Fattah el-Sisi. Muhammad Hasan, warga Bogor, menonton.');
    assert.deepEqual(document.annotations.filter((a) => a.type === 'leader').map((a) => a.text), ['Mohammad bin Zayed', 'Abdul Fattah el-Sisi']);
    assert.equal(entityOf(document, 'Mohammad bin Zayed').name, 'Mohamed bin Zayed');
  });

  it('takes the name after "peer" as after "counterpart"', () => {
    assert.deepEqual(texts('Sánchez met his Moroccan peer Saad-Eddine El Othmani in Rabat.', 'leader').slice(-1), ['Saad-Eddine El Othmani']);
  });

  it('ignores bare titles, journalists and ordinary capitalised words', () => {
    assert.deepEqual(mentions('Presiden Iran juga mengatakan bahwa sanksi gagal.', 'leader'), []);
    assert.deepEqual(mentions('Kata presiden pada Senin, Juni lalu.', 'leader'), []);
  });

  it('recognises well-known leaders with no title from the gazetteer', () => {
    const document = annotate('Putin dan Prabowo membahas perdagangan.');
    assert.deepEqual(document.annotations.filter((a) => a.type === 'leader').map((a) => a.text), ['Putin', 'Prabowo']);
    assert.equal(entityOf(document, 'Putin').attributes.countryCode, 'RU');
  });

  it('takes the name after a long office written out between commas, with the possessive country', () => {
    const text = "Canada's Minister for International Development and the Pacific, Harriet Oduya, said the fund would grow.";
    const document = annotate(text);
    assert.deepEqual(texts(text, 'leader'), ['Harriet Oduya']);
    assert.equal(mentions(text, 'leader')[0]!.role, 'Minister for International Development and the Pacific');
    assert.equal(entityOf(document, 'Harriet Oduya').attributes.countryCode, 'CA');
    assert.deepEqual(texts(text, 'country'), ['Canada']);
    // Commas inside the office are fine; the commas around the name end it.
    const longer = "Britain's Secretary of State for Foreign, Commonwealth and Development Affairs, Tom Harrow, spoke.";
    assert.deepEqual(texts(longer, 'leader'), ['Tom Harrow']);
    assert.equal(entityOf(annotate(longer), 'Tom Harrow').attributes.countryCode, 'GB');
  });

  it('takes the Indonesian shape of a long portfolio before the country and the name in commas', () => {
    const text = 'Menteri Pembangunan Internasional dan Pasifik Kanada, Harriet Oduya, mengatakan dana itu bertambah.';
    assert.deepEqual(texts(text, 'leader'), ['Harriet Oduya']);
    assert.equal(mentions(text, 'leader')[0]!.role, 'Menteri Pembangunan Internasional dan Pasifik Kanada');
    assert.equal(entityOf(annotate(text), 'Harriet Oduya').attributes.countryCode, 'CA');
  });

  it('does not take a written-out office without a country, or a name not closed by a comma', () => {
    assert.deepEqual(texts('The President of the Chamber of Commerce, Harriet Oduya, said trade grew.', 'leader'), []);
    assert.deepEqual(texts("Canada's Minister for International Development and the Pacific, Harriet Oduya and others met.", 'leader'), []);
  });

  it('takes deputy ministers as leaders, with the deputy office as the role', () => {
    const text = 'Wakil Menteri Luar Negeri Ardiman Suryokusumo dan Wakil Menlu Harriet Oduya tiba.';
    assert.deepEqual(texts(text, 'leader'), ['Ardiman Suryokusumo', 'Harriet Oduya']);
    const document = annotate(text);
    assert.equal(entityOf(document, 'Harriet Oduya').attributes.role, 'Deputy Minister of Foreign Affairs');
    const english = 'Deputy Minister of Foreign Affairs Tom Harrow met Vice Foreign Minister Harriet Oduya.';
    assert.deepEqual(texts(english, 'leader'), ['Tom Harrow', 'Harriet Oduya']);
    assert.equal(entityOf(annotate(english), 'Tom Harrow').attributes.role, 'Deputy Minister of Foreign Affairs');
  });

  it('takes heads of international organisations as leaders, the title outside the span', () => {
    assert.deepEqual(texts('Sekretaris Jenderal PBB Harriet Oduya dan Direktur Jenderal WTO Tom Harrow hadir.', 'leader'), ['Harriet Oduya', 'Tom Harrow']);
    assert.deepEqual(texts('IMF Managing Director Harriet Oduya met UN Secretary-General Tom Harrow.', 'leader'), ['Harriet Oduya', 'Tom Harrow']);
    assert.deepEqual(texts('Putra Mahkota Saudi Tom Harrow bin Salman tiba; Crown Prince Harriet Oduya menyambut.', 'leader'), ['Tom Harrow bin Salman', 'Harriet Oduya']);
  });

  it('does not take ambassadors and envoys for leaders, before or after the name', () => {
    assert.deepEqual(texts('Duta Besar Jepang Harriet Oduya bertemu Dubes Tom Harrow.', 'leader'), []);
    assert.deepEqual(texts('Ambassador Harriet Oduya said so. Tom Harrow, Canada\'s ambassador to Japan, agreed.', 'leader'), []);
    // "Jenderal" of a consul general is no general's rank.
    assert.deepEqual(texts('Bupati menerima Konsulat Jenderal (Konjen) Singapura, Tom Harrow di kediamannya.', 'leader'), []);
    // The country the ambassador speaks for is still a country.
    assert.deepEqual(texts('Duta Besar Jepang Harriet Oduya bertemu Dubes Tom Harrow.', 'country'), ['Jepang']);
  });

  it('takes the head of an intergovernmental organisation named with "kepala", "head" or "chief"', () => {
    const text = 'Kepala IAEA Harriet Oduya bertemu Menlu Iran.';
    assert.deepEqual(texts(text, 'leader'), ['Harriet Oduya']);
    assert.equal(entityOf(annotate(text), 'Harriet Oduya').attributes.role, 'Head of the International Atomic Energy Agency');
    assert.deepEqual(texts('Kepala Badan Energi Atom Internasional (IAEA) Harriet Oduya tiba.', 'leader'), ['Harriet Oduya']);
    assert.deepEqual(texts('WHO chief Harriet Oduya met the head of the IAEA, Tom Harrow.', 'leader'), ['Harriet Oduya', 'Tom Harrow']);
    assert.equal(mentions('WHO chief Harriet Oduya spoke.', 'leader')[0]!.role, 'WHO chief');
  });

  it('takes the head of the Otorita IKN, a state body whose head holds political office, but not a deputy head', () => {
    const text = 'Kepala Otorita IKN, Harriet Oduya, hadir. Kepala Otorita Ibu Kota Negara (IKN) Tom Harrow juga hadir.';
    assert.deepEqual(texts(text, 'leader'), ['Harriet Oduya', 'Tom Harrow']);
    const entity = entityOf(annotate(text), 'Harriet Oduya');
    assert.equal(entity.attributes.role, 'Head of the Nusantara Capital Authority');
    assert.equal(entity.attributes.countryCode, 'ID');
    assert.deepEqual(texts('Wakil Kepala Otorita IKN, Harriet Oduya, hadir. The deputy head of the IAEA Tom Harrow spoke.', 'leader'), []);
  });

  it('takes the head of an intergovernmental organisation named with "Executive Director" or "High Commissioner"', () => {
    assert.deepEqual(texts('WFP Executive Director Harriet Oduya met UNHCR High Commissioner Tom Harrow.', 'leader'), ['Harriet Oduya', 'Tom Harrow']);
    assert.deepEqual(texts('Direktur Eksekutif WFP Harriet Oduya tiba. Executive Director of UNICEF Tom Harrow spoke.', 'leader'), ['Harriet Oduya', 'Tom Harrow']);
    assert.equal(entityOf(annotate('WFP Executive Director Harriet Oduya spoke.'), 'Harriet Oduya').attributes.role, 'Head of the World Food Programme');
  });

  it('does not take a head of any other body, or a chief who is no head', () => {
    assert.deepEqual(texts('Kepala Desa Harriet Oduya dan kepala Reuters Tom Harrow hadir.', 'leader'), []);
    assert.deepEqual(texts('Pertamina Executive Director Harriet Oduya and British High Commissioner Tom Harrow met.', 'leader'), []);
    assert.deepEqual(texts('Police chief Harriet Oduya met WHO chief scientist Tom Harrow.', 'leader'), []);
  });

  it('reads a middle initial without its dot, and no initial as a word of a regency name', () => {
    const text = 'Central bank Governor Harriet K Oduya spoke. Later Oduya said more.';
    assert.deepEqual(texts(text, 'leader'), ['Harriet K Oduya', 'Oduya']);
    assert.deepEqual(texts('Governor Harriet K. Oduya spoke.', 'leader'), ['Harriet K. Oduya']);
  });

  it('reads a regency named with "Kepulauan" before a comma and the name', () => {
    assert.deepEqual(texts('Bupati Kepulauan Aru, Tom Harrow, mengatakan nelayan resah.', 'leader'), ['Tom Harrow']);
    assert.equal(mentions('Bupati Kepulauan Aru Tom Harrow hadir.', 'leader')[0]!.role, 'Bupati Kepulauan Aru');
  });

  it('takes no body named after a title for a person', () => {
    assert.deepEqual(texts('Talks in the General Border Committee, which Defence Minister Tom Harrow chairs.', 'leader'), ['Tom Harrow']);
    assert.deepEqual(texts('Hadir Chairman Cheil Jedang (CJ) Group Lee Jae-hyun dan Menteri Perdagangan Tom Harrow.', 'leader'), ['Tom Harrow']);
    assert.deepEqual(texts('The General Directorate of Customs and General Headquarters said Defence Minister Tom Harrow agreed.', 'leader'), ['Tom Harrow']);
  });

  it("knows the advisers of Bangladesh's interim government as its ministers", () => {
    const text = 'Finance Adviser Tom Harrow said yesterday that the review was done.';
    assert.deepEqual(texts(text, 'leader'), ['Tom Harrow']);
    assert.equal(entityOf(annotate(text), 'Tom Harrow').attributes.role, 'Minister of Finance');
    const planning = 'Planning Adviser Tom Harrow said the outlay fell.';
    assert.equal(entityOf(annotate(planning), 'Tom Harrow').attributes.role, 'Minister of Planning');
  });

  it('reads an English governor\'s three-word name whole; an Indonesian one may start with the region', () => {
    assert.deepEqual(texts("The bank's Governor Khalil Omar Haddad attended.", 'leader'), ['Khalil Omar Haddad']);
    assert.deepEqual(texts('Gubernur Sumba Timur Tom Harrow hadir.', 'leader'), ['Tom Harrow']);
  });

  it('reads a short surname that is also a function word right after a title', () => {
    assert.deepEqual(texts('Minister of Agriculture and Environment Do Duc Duy said so.', 'leader'), ['Do Duc Duy']);
    assert.deepEqual(texts('Minister of Road and Transport Tom Harrow and Minister of Liberation War Affairs Ann Oduya spoke.', 'leader'), ['Tom Harrow', 'Ann Oduya']);
    assert.deepEqual(texts('Trade Minister An Duk-geun met the press.', 'leader'), ['An Duk-geun']);
    // Academic titles stay out of the name.
    assert.deepEqual(texts('Foreign Minister Dr Tom Harrow spoke.', 'leader'), ['Tom Harrow']);
    assert.deepEqual(texts('Menteri Pendidikan Prof. Dr. Harriet Oduya hadir.', 'leader'), ['Harriet Oduya']);
  });

  it("keeps the other language's non-name words inside a name: Indonesian \"Yang\", \"Sang\", \"Tuan\" in English", () => {
    const text = 'Vice Premier Wang Yang met former President Truong Tan Sang and Minister Tran Tuan Anh.';
    assert.deepEqual(texts(text, 'leader'), ['Wang Yang', 'Truong Tan Sang', 'Tran Tuan Anh']);
    // In Indonesian they still end a name, and no name starts with one in either language.
    assert.deepEqual(texts('Menteri Luar Negeri Sugiono Yang hadir.', 'leader'), ['Sugiono']);
  });

  it('reads an English portfolio after "of the" and the portfolios of mines, production and oil', () => {
    const text = 'Minister of the Environment Harriet Oduya, Minister of Energy and Mines Tom Harrow and the Ministers of Production Jane Okoro, Minister of Agriculture Li Wen, met.';
    assert.deepEqual(texts(text, 'leader'), ['Harriet Oduya', 'Tom Harrow', 'Jane Okoro', 'Li Wen']);
    assert.equal(mentions(text, 'leader')[0]!.role, 'Minister of the Environment');
    assert.deepEqual(texts('The Minister of State for Petroleum Resources (Oil), Tom Harrow, spoke.', 'leader'), ['Tom Harrow']);
    // A body's name after "of the" is no portfolio.
    assert.deepEqual(texts('The acting Managing Director of the International Monetary Fund (IMF), Tom Harrow, spoke.', 'leader'), ['Tom Harrow']);
    assert.deepEqual(texts('Managing Director of International Monetary Fund Tom Harrow spoke.', 'leader'), ['Tom Harrow']);
  });

  it('reads a comma list of portfolios ending in supply or investment promotion, with or without a comma before the name', () => {
    const text = 'Minister of Industry, Trade, and Supply, Tom Harrow, met the Minister of Commerce, Industry, and Investment Promotion Ann Oduya.';
    assert.deepEqual(texts(text, 'leader'), ['Tom Harrow', 'Ann Oduya']);
    assert.equal(mentions(text, 'leader')[1]!.role, 'Minister of Commerce, Industry, and Investment Promotion');
    assert.deepEqual(texts('Union Minister for Ports, Shipping, and Waterways, Tom Harrow, said.', 'leader'), ['Tom Harrow']);
  });

  it("reads a comma list of portfolios after a country's possessive, up to the name that is no portfolio", () => {
    const text = "He said. Brazil's Minister of Development, Industry, and Foreign Trade, Tom Harrow, declared. Later Harrow left.";
    assert.deepEqual(texts(text, 'leader'), ['Tom Harrow', 'Harrow']);
    assert.equal(mentions(text, 'leader')[0]!.role, 'Minister of Development, Industry, and Foreign Trade');
  });

  it('reads initials written together before a name, and trusts a caption that holds a sentence', () => {
    assert.deepEqual(texts('Chief Minister M.K. Stalin met Industries Minister T.R.B. Rajaa. Mr. Stalin spoke.', 'leader'), ['M.K. Stalin', 'T.R.B. Rajaa', 'Stalin']);
    // "U.S." is a country the lexicon knows, no initials.
    assert.deepEqual(texts('The U.S. Trade Representative met President Tom Harrow.', 'leader'), ['Tom Harrow']);
    // Every word of this caption is capitalised, but a sentence ends in it: no headline.
    const caption = 'Chief Minister Harriet Oduya with Trade Minister Tom Harrow at the Secretariat on Thursday. | Photo Credit: Special Arrangement';
    assert.deepEqual(texts(caption, 'leader'), ['Harriet Oduya', 'Tom Harrow']);
  });

  it('reads a one-word nickname after a leader\'s name and "atau" or "alias"', () => {
    const text = 'Menteri Perdagangan Tom Harrow atau Busan menyebut pasar itu penting. Menurut Busan, ekspor naik.';
    assert.deepEqual(texts(text, 'leader'), ['Tom Harrow', 'Busan', 'Busan']);
    assert.equal(new Set(mentions(text, 'leader').map((m) => m.entityId)).size, 1);
    // Not another leader, an office or a capital.
    assert.deepEqual(texts('Presiden Tom Harrow atau Wapres Harriet Oduya hadir. Tom Harrow atau Jakarta?', 'leader'), ['Tom Harrow', 'Harriet Oduya', 'Tom Harrow']);
  });

  it('reads a nickname of several words after "alias", but not after "atau", which may join another name', () => {
    const text = 'Wakil Gubernur Bali Tjok Oka Artha Ardhana Sukawati alias Cok Ace menyebut daerahnya rugi. Menurut Cok Ace, turis berkurang.';
    assert.deepEqual(texts(text, 'leader'), ['Tjok Oka Artha Ardhana Sukawati', 'Cok Ace', 'Cok Ace']);
    assert.equal(new Set(mentions(text, 'leader').map((m) => m.entityId)).size, 1);
    assert.deepEqual(texts('Gubernur Tom Harrow atau Kang Ace hadir.', 'leader'), ['Tom Harrow']);
  });

  it('reads a known surname after the capitalised first word of a quotation', () => {
    const text = 'He said: “Deterring Putin is a task for NATO.” Later, "Meeting Putin matters," he said.';
    assert.deepEqual(texts(text, 'leader'), ['Putin', 'Putin']);
  });

  it('reads an abbreviation in parentheses after a leader\'s name as the leader, as the guidelines\' "HNW"', () => {
    const text = 'Wakil Ketua MPR Hidayat Nur Wahid (HNW) hadir. Menurut HNW, sidang lancar.';
    assert.deepEqual(texts(text, 'leader'), ['Hidayat Nur Wahid', 'HNW', 'HNW']);
    assert.equal(new Set(mentions(text, 'leader').map((m) => m.entityId)).size, 1);
    // Not a party, an age or a caption's "(R)" for the right.
    assert.deepEqual(texts('Presiden Tom Harrow (Gerindra) hadir. Menteri Harriet Oduya (56) hadir. President Tom Harrow (R) salutes.', 'leader'), ['Tom Harrow', 'Harriet Oduya', 'Tom Harrow']);
    // Capitals that open with none of the name's initials are a party's ("PVV"); a style before the name may give one ("HMR").
    assert.deepEqual(texts('Trade minister Harriet Oduya (PVV) spoke. Wali Kota Batam H Muhammad Rudi (HMR) hadir.', 'leader'), ['Harriet Oduya', 'Muhammad Rudi', 'HMR']);
    // A party's name in brackets is no nickname.
    assert.deepEqual(texts('Defence minister Harriet Oduya (Progressives) spoke, and Tom Harrow (NCP), the Minister for Foreign Trade, agreed.', 'leader'), ['Harriet Oduya', 'Tom Harrow']);
  });

  it('reads a known short name that ends its line, whatever the next line opens with', () => {
    const text = 'The talks in Tehran were long, and the results were good for the region and for trade.\n\nBertemu Khamenei\n\nPada hari berikutnya, Lukashenko diterima.';
    assert.deepEqual(texts(text, 'leader'), ['Khamenei', 'Lukashenko']);
  });

  it('reads no portfolio as a name, and the services and ranks of air forces as portfolios', () => {
    const text = 'Menteri Pertahanan RI Tom Harrow bertemu Menteri Produksi Pertahanan Pakistan Harriet Oduya di Kementerian Produksi Pertahanan Pakistan.';
    assert.deepEqual(texts(text, 'leader'), ['Tom Harrow', 'Harriet Oduya']);
    const air = 'Kepala Staf Angkatan Udara Indonesia, Marsekal Udara (ACM) Tom Harrow, tiba. Kepala Angkatan Udara, Mayor Jenderal Li Wen, hadir.';
    assert.deepEqual(texts(air, 'leader'), ['Tom Harrow', 'Li Wen']);
    // An unknown name holding a portfolio word is a portfolio the lists do not know in full.
    assert.deepEqual(texts('Direktur Jenderal Pengembangan Ekspor Nasional Tom Harrow hadir.', 'leader'), []);
    // After the office's own portfolio, a portfolio word ending the name is a surname ("batubara", coal).
    assert.deepEqual(texts('Mantan Menteri Sosial Juliari P. Batubara divonis.', 'leader'), ['Juliari P. Batubara']);
    assert.deepEqual(texts('Wakil Ketua Majelis Nasional Korea, Joo Seung Yong Nasional Assembly hadir.', 'leader'), []);
  });

  it('reads a junior minister ("Menteri Muda") and livestock ("Peternakan") as an office, not a name', () => {
    assert.deepEqual(texts('Menteri Muda Peternakan Timor Leste, Tom Harrow, menghadiri pameran itu.', 'leader'), ['Tom Harrow']);
    assert.deepEqual(texts('Menteri Pertanian dan Peternakan Paraguay, Harriet Oduya, hadir.', 'leader'), ['Harriet Oduya']);
  });

  it('reads coal and island affairs as portfolios, Banda Aceh as a city, and no leader in an international airport\'s name', () => {
    assert.deepEqual(texts('Delegasi bertemu Menteri Batu Bara India Tom Harrow. Ekspor Batu Bara Kalsel turun.', 'leader'), ['Tom Harrow']);
    assert.deepEqual(texts("Australia's Minister for Pacific Island Affairs Tom Harrow spoke.", 'leader'), ['Tom Harrow']);
    assert.deepEqual(texts('Wali Kota Banda Aceh Harriet Oduya menyambut baik.', 'leader'), ['Harriet Oduya']);
    assert.deepEqual(texts('Ia tiba di Bandara Internasional Sultan Iskandar Muda, Aceh Besar.', 'leader'), []);
  });

  it('reads a body whose name opens with a portfolio word after the title', () => {
    assert.deepEqual(texts('Sekretaris Jenderal Pacific Islands Forum Tom Harrow menyambut baik.', 'leader'), ['Tom Harrow']);
  });

  it('reads the office of an international body after "of [the]", before or after the name', () => {
    assert.deepEqual(texts('Tom Harrow, the Secretary General of the Gulf Cooperation Council, said so.', 'leader'), ['Tom Harrow']);
    assert.deepEqual(texts('The acting Managing Director of the IMF, Harriet Oduya, said so.', 'leader'), ['Harriet Oduya']);
    assert.deepEqual(texts('Secretary General of the GCC Tom Harrow said so.', 'leader'), ['Tom Harrow']);
    assert.deepEqual(texts('Tom Harrow, the president of the Rotary Club, said so.', 'leader'), []);
  });

  it('takes no word of a press office after a title for a name ("PM Press statement")', () => {
    assert.deepEqual(texts('PM Press statement included the request. PM Media unit said so.', 'leader'), []);
  });

  it('reads a body no list knows by its abbreviation after "of", with the name right after it', () => {
    assert.deepEqual(texts('He met former Prime Minister and Chairman of TPK-UML K P Tom Harrow on Monday.', 'leader'), ['K P Tom Harrow']);
    assert.deepEqual(texts('He met the President of the PNC-R Harriet Oduya.', 'leader'), ['Harriet Oduya']);
    assert.deepEqual(texts('He met the Chairman of PT Sawit Tom Harrow.', 'leader'), []);
  });

  it('takes no chair of a company or business association for a leader', () => {
    assert.deepEqual(texts('Ketua Bidang Perdagangan Gabungan Pengusaha Kelapa Sawit Indonesia (Gapki) Tom Harrow menilai pungutan berat.', 'leader'), []);
    assert.deepEqual(texts('YPF chairman Tom Harrow and GAPKI chairman Harriet Oduya spoke.', 'leader'), []);
    assert.deepEqual(texts('Eskom Chief Executive Tom Harrow said the loan was signed. Harrow added more.', 'leader'), []);
    assert.deepEqual(texts('Perikatan Nasional chairman Tom Harrow welcomed it.', 'leader'), ['Tom Harrow']);
    // A body's name before the title ending in a business word, also before ", whose".
    const delegation = 'Air New Zealand chairwoman Dame Jane Harrow, Meat Industry Association chairman Tom Harrow and Auckland Airport, whose chief executive Harriet Oduya flew too.';
    assert.deepEqual(texts(delegation, 'leader'), []);
    assert.deepEqual(texts(delegation, 'country'), []);
  });

  it("keeps the apostrophe of a Malay honorific, and a surname that is a month's name in English", () => {
    assert.deepEqual(texts('Perdana Menteri Malaysia Dato’ Seri Tom Harrow hadir.', 'leader'), ['Dato’ Seri Tom Harrow']);
    assert.deepEqual(texts("Prime Minister Dato' Sri Tom Harrow spoke.", 'leader'), ["Dato' Sri Tom Harrow"]);
    // Before the office too, and Brunei's "Pehin"; a title of address among the honorifics stays.
    assert.deepEqual(texts("He met Dato Hj Tom Harrow, Chief Minister of Johor, and Pehin Sri Harriet Oduya, Chief Minister of Sarawak.", 'leader'), ['Dato Hj Tom Harrow', 'Pehin Sri Harriet Oduya']);
    assert.deepEqual(texts('Regional president Tom Harrow met the minister. The Canary Islands regional president, Ann Lee, spoke.', 'leader'), ['Tom Harrow', 'Ann Lee']);
    assert.deepEqual(texts('Ann Lee, the regional president of the Canary Islands, met the minister. Lee warned of the cost.', 'leader'), ['Ann Lee', 'Lee']);
    assert.deepEqual(texts("He met Dato' Seri Anwar Ibrahim and Datuk Seri Dr. Anwar Ibrahim.", 'leader'), ["Dato' Seri Anwar Ibrahim", 'Datuk Seri Dr. Anwar Ibrahim']);
    // "Ibni": son of; the ruler after it is the father.
    assert.deepEqual(texts('Tunku Tom Harrow Ibni Sultan Iskandar, the crown prince, came.', 'leader'), []);
    assert.deepEqual(
      texts('Raja Malaysia, Al-Sultan Tom Harrow Billah Shah Ibni Almarhum Sultan Haji Ahmad Shah, tiba. Almarhum Presiden Habibie dikenang.', 'leader'),
      ['Al-Sultan Tom Harrow Billah Shah', 'Habibie'],
    );
    assert.deepEqual(texts('Prime Minister Theresa May said so on Monday.', 'leader'), ['Theresa May']);
    assert.deepEqual(texts('Presiden Tom Harrow Mei lalu berkunjung.', 'leader'), ['Tom Harrow']);
    assert.deepEqual(texts('President Tom Harrow May 5 said so.', 'leader'), ['Tom Harrow']);
  });

  it('reads "Manusia" and "Hak Asasi" as portfolio words of a title', () => {
    assert.deepEqual(texts('Menteri Koordinator Pembangunan Manusia dan Kebudayaan Tom Harrow hadir.', 'leader'), ['Tom Harrow']);
    assert.deepEqual(texts('Menteri Hak Asasi Manusia Tom Harrow hadir.', 'leader'), ['Tom Harrow']);
  });

  it('reads an honorific and given name as a later mention, unless two leaders share them', () => {
    const text = 'President Sheikh Tom bin Harrow met them. "It is good," Sheikh Tom said. Later, Sheikh Tom bin Harrow hosted a dinner.';
    assert.deepEqual(texts(text, 'leader'), ['Sheikh Tom bin Harrow', 'Sheikh Tom', 'Sheikh Tom bin Harrow']);
    const two = 'President Sheikh Tom bin Harrow met Prime Minister Sheikh Tom bin Oduya. Sheikh Tom said so.';
    assert.deepEqual(texts(two, 'leader'), ['Sheikh Tom bin Harrow', 'Sheikh Tom bin Oduya']);
  });

  it('takes no surname inside a capital\'s name for a later mention', () => {
    assert.deepEqual(texts('President Tom Paz, sworn in on Monday, said in La Paz that Paz would act.', 'leader'), ['Tom Paz', 'Paz']);
  });

  it('reads a nickname introduced as "popularly known as" after the name and its comma', () => {
    const text = 'TKH slams rivals. Minister K.T. Tom Harrow spoke. Harrow, popularly known as TKH, wrote. TKH added.';
    assert.deepEqual(texts(text, 'leader'), ['TKH', 'K.T. Tom Harrow', 'Harrow', 'TKH', 'TKH']);
  });

  it('reads a nickname the text introduces with "sapaan" or "akrab disapa" as the same leader', () => {
    const before = 'Menteri Perdagangan Tom Harrow menahan pungutan. "Kami menahan pungutan," ujar Toha, sapaan akrabnya, di Jakarta.';
    assert.deepEqual(texts(before, 'leader'), ['Tom Harrow', 'Toha']);
    const document = annotate(before);
    assert.equal(entityOf(document, 'Toha').id, entityOf(document, 'Tom Harrow').id);
    // Named after the marker; later uses of the nickname are mentions too.
    const named = 'Menteri Haji Mochamad Tom Harrow dan Menteri Saudi Ali Oduya hadir. Gus Tom, sapaan Tom Harrow, mengatakan siap. "Siap," kata Gus Tom.';
    assert.deepEqual(texts(named, 'leader'), ['Mochamad Tom Harrow', 'Ali Oduya', 'Gus Tom', 'Tom Harrow', 'Gus Tom']);
    // A nickname sharing a word with a leader's name is that leader's, not the one named last.
    const shared = 'Menteri Haji Mochamad Tom Harrow dan Menteri Saudi Ali Oduya hadir. Gus Tom, sapaan akrab sang menteri, mengatakan siap.';
    const sharedDocument = annotate(shared);
    assert.equal(entityOf(sharedDocument, 'Gus Tom').id, entityOf(sharedDocument, 'Mochamad Tom Harrow').id);
    const after = 'Gubernur Jawa Barat Tom Harrow, yang akrab disapa KDM, hadir. KDM mengatakan siap.';
    assert.deepEqual(texts(after, 'leader'), ['Tom Harrow', 'KDM', 'KDM']);
  });

  it('gives a surname two leaders share to the one of them mentioned last', () => {
    const text = 'Prime Minister Tom Harrow visited. Mr Harrow held talks. Foreign Minister Ann Harrow spoke later. Ms Harrow said so.';
    const document = annotate(text);
    assert.deepEqual(texts(text, 'leader'), ['Tom Harrow', 'Harrow', 'Ann Harrow', 'Harrow']);
    const [, first, , second] = document.annotations.filter((a) => a.type === 'leader');
    assert.equal(first!.entityId, entityOf(document, 'Tom Harrow').id);
    assert.equal(second!.entityId, entityOf(document, 'Ann Harrow').id);
  });

  it('takes no congressman and no sovereign fund\'s director for a leader', () => {
    assert.deepEqual(texts('Rep. Tom Harrow spoke, and Congressman Ann Oduya agreed.', 'leader'), []);
    assert.deepEqual(texts('Managing Director Mubadala, Tom Harrow, hadir.', 'leader'), []);
  });

  it('takes no surname of a leader inside another person\'s name, and reads runs of a name\'s parts', () => {
    const text = 'President Tom Harrow met first lady Ann Oduya-Harrow, their son Rep. Ted "Sandro" Harrow and Vo Thi Anh Harrow. Later Harrow said so.';
    assert.deepEqual(texts(text, 'leader'), ['Tom Harrow', 'Harrow']);
    // A known leader's surname after another known leader's, joined by a hyphen, is a pair.
    assert.deepEqual(texts('Talks between Milei-Lula camps resumed.', 'leader'), ['Milei', 'Lula']);
    const runs = 'Menteri Haji Mochamad Tom Harrow hadir. Mochamad Tom mengatakan siap, kata Tom Harrow.';
    assert.deepEqual(texts(runs, 'leader'), ['Mochamad Tom Harrow', 'Mochamad Tom', 'Tom Harrow']);
  });

  it('takes no chair of a business body the gazetteer does not know, by the words of its name', () => {
    assert.deepEqual(texts('Ketua Perkumpulan Pengusaha Gula Tom Harrow hadir.', 'leader'), []);
    assert.deepEqual(texts('Ketua Umum Persatuan Pengusaha Penggilingan Beras Indonesia (Perpadi) Tom Harrow hadir.', 'leader'), []);
    assert.deepEqual(texts('Secretary-General of the Association of Southeast Asian Nations Tom Harrow spoke.', 'leader'), ['Tom Harrow']);
    assert.deepEqual(texts('Chairman of the Chemicals Association Tom Harrow spoke.', 'leader'), []);
    // A minister's portfolio and a state body's name share words with business bodies' names.
    assert.deepEqual(texts('Minister of Chemicals and Fertilisers Dr Tom Harrow had stated it.', 'leader'), ['Tom Harrow']);
    assert.deepEqual(texts('On Monday, Federation Council Speaker Anna Petrova visited Cairo.', 'leader'), ['Anna Petrova']);
  });

  it('reads an office listing portfolios with commas before the name', () => {
    assert.deepEqual(texts("Minister for Housing, Local Government and Heritage Tom Harrow said. Mr Harrow added.", 'leader'), ['Tom Harrow', 'Harrow']);
    assert.deepEqual(texts('The Minister for Jobs, Enterprise and Innovation Ann Oduya confirmed it.', 'leader'), ['Ann Oduya']);
  });

  it('reads a committee chair of a parliament named with its state, and a particle in a name before its office', () => {
    assert.deepEqual(texts('Ketua Komisi I DPR RI Tom Harrow hadir.', 'leader'), ['Tom Harrow']);
    // A name and another office after "serta" are no body between a title and its holder.
    assert.deepEqual(
      mentions('Hadir Menteri BUMN Tom Harrow serta Direktur Asia Timur Kementerian Luar Negeri RI Ari Lestari.', 'leader').map((a) => [a.text, a.role]),
      [['Tom Harrow', 'Menteri BUMN']],
    );
    assert.deepEqual(
      mentions('He came at the invitation of Chinese Premier Li Qiang and WEF Founder and Executive Chairman Klaus Schwab.', 'leader').map((a) => [a.text, a.role]),
      [['Li Qiang', 'Premier']],
    );
    assert.deepEqual(texts('Wali Kota Braunschweig, Tom Harrow, menyambut rombongan. Harrow berkata.', 'leader'), ['Tom Harrow', 'Harrow']);
    // In English, a unit no list knows after "of", set off by a comma; its kind in lower case.
    assert.deepEqual(
      mentions('The mayor of Cuernavaca, Tom Harrow, and the Governor of the state of Táchira, Ana Lestari, met.', 'leader').map((a) => [a.text, a.role]),
      [
        ['Tom Harrow', 'mayor of Cuernavaca'],
        ['Ana Lestari', 'Governor of the state of Táchira'],
      ],
    );
    // "Bapak" addresses the holder, after a comma or not, and is no part of the name; the
    // honorific "Buya" (as "Kiai", "Datuk") is.
    assert.deepEqual(
      mentions('Hadir Bupati Mentawai Bapak Rinto Wardana, Wali Kota Pariaman, Bapak Yota Balad, dan Gubernur Sumbar, Buya Mahyeldi Ansharullah.', 'leader').map((a) => [a.text, a.role]),
      [
        ['Rinto Wardana', 'Bupati Mentawai'],
        ['Yota Balad', 'Wali Kota Pariaman'],
        ['Buya Mahyeldi Ansharullah', 'Gubernur Sumbar'],
      ],
    );
    // "Pak" before the title addresses him; it is no "Pak-" of Pakistan.
    assert.deepEqual(mentions('Hadir Pak Gubernur Sumbar, Mahyeldi Ansharullah.', 'leader').map((a) => [a.text, a.role]), [['Mahyeldi Ansharullah', 'Gubernur Sumbar']]);
    // A known leader's name after a regent's title and a word: the word is the regency.
    assert.deepEqual(mentions('Kata Bupati Mempawah Ria Norsan, smelter dibangun di Mempawah.', 'leader').map((a) => [a.text, a.role]), [['Ria Norsan', 'Bupati Mempawah']]);
    assert.deepEqual(texts('Tom bin Harrow, Prime Minister of Malaysia, said so.', 'leader'), ['Tom bin Harrow']);
  });

  it('takes "yang akrab disapa" after a leader\'s name or office, not after "pria"', () => {
    const after = 'Gubernur NTB Tom Harrow hadir. "Siap," ujar gubernur yang akrab disapa Miq Tom itu.';
    assert.deepEqual(texts(after, 'leader'), ['Tom Harrow', 'Miq Tom']);
    const man = 'Menteri Luar Negeri Malaysia Tom Harrow hadir. "Ini kunjungan pertamanya," jelas pria yang akrab disapa Tata tersebut.';
    assert.deepEqual(texts(man, 'leader'), ['Tom Harrow']);
    const or = 'kata Menteri Perdagangan Malaysia Dato Seri Tom Harrow atau yang disapa Dato Pa. Kedatangan ini, sambung Dato Pa, baik.';
    assert.deepEqual(texts(or, 'leader'), ['Dato Seri Tom Harrow', 'Dato Pa', 'Dato Pa']);
  });

  it('finds a surname in a title-case headline, where every word is capitalised', () => {
    assert.deepEqual(texts('Pulang dari Braunschweig, Harrow Bawa Oleh-oleh Teknologi\n\nWali Kota Bandung Tom Harrow tiba kemarin.', 'leader'), ['Harrow', 'Tom Harrow']);
    // "per" and a name's "bin" are written in lower case in such a headline too.
    assert.deepEqual(texts('Harrow Targetkan Dagang US$10 Miliar per Tahun\n\nPresiden Turki Tom Harrow tiba.', 'leader'), ['Harrow', 'Tom Harrow']);
    assert.deepEqual(texts('Harrow Kunjungi Arab Saudi, Peluk Mohammed bin Salman\n\nPresiden Turki Tom Harrow tiba.', 'leader'), ['Harrow', 'Mohammed bin Salman', 'Tom Harrow']);
    // A scale written against its number ("$200m") is no lower-case word breaking title case.
    assert.deepEqual(texts('Harrow Blocks Raw Mineral Exports, Inaugurates $200m Gold Refinery\nPresident Tom Harrow has drawn a firm line.', 'leader'), ['Harrow', 'Tom Harrow']);
  });

  it('ends a repeated surname with its line: a dateline opening the next line is no more of the name', () => {
    const text = 'Trade volumes up: Harrow\nKisoro, Uganda | THE INDEPENDENT | Trade rose, according to Trade Minister Tom Harrow.';
    assert.deepEqual(texts(text, 'leader'), ['Harrow', 'Tom Harrow']);
  });

  it('reads the name after a regent\'s or mayor\'s province written after the regency or city', () => {
    assert.deepEqual(texts('Ia bertemu mantan Bupati Tanah Bumbu Kalsel Tom Harrow. Wali Kota Medan Sumut Ann Oduya hadir.', 'leader'), ['Tom Harrow', 'Ann Oduya']);
  });

  it('reads the name after a second post joined to the office by "sekaligus" or "merangkap"', () => {
    const text = 'Wakil Ketua MPR RI sekaligus Anggota Komisi VIII DPR RI, Budi Harsono (BH), hadir. Wali Kota Medan merangkap Anggota Dewan Pakar Apeksi, Rina Tambunan, juga.';
    assert.deepEqual(texts(text, 'leader'), ['Budi Harsono', 'BH', 'Rina Tambunan']);
    // A lower-case clause after the joiner is no post: no name is read after it.
    assert.deepEqual(texts('Wali Kota Medan sekaligus tuan rumah acara, Rina Tambunan, hadir.', 'leader'), []);
    // A leader's office as the second post names the leader itself, with its country.
    const office = annotate('Putra Mahkota sekaligus Perdana Menteri Arab Saudi, Mohammed bin Salman, hadir.').annotations.find((a) => a.type === 'leader');
    assert.equal(office?.role, 'Perdana Menteri Arab Saudi');
  });

  it('reads a surname before a party\'s name and "government" as the leader ("the Harrow Labor government")', () => {
    const text = 'Prime Minister Tom Harrow spoke. The Harrow Labor government has promised more; the Harrow Coalition partners did not.';
    assert.deepEqual(texts(text, 'leader'), ['Tom Harrow', 'Harrow']);
  });

  it('reads the names listed after an office in the plural', () => {
    const text = 'He was received by 11 ministers who included Tom Harrow, Ann Oduya and Ted Bumba. Later Harrow spoke.';
    assert.deepEqual(texts(text, 'leader'), ['Tom Harrow', 'Ann Oduya', 'Ted Bumba', 'Harrow']);
    // The list ends at the first item that is no name: here an office.
    assert.deepEqual(texts('His wife, ministers Ji Peiding, Jiang Yikang, Governor of the central bank, and staff.', 'leader'), ['Ji Peiding', 'Jiang Yikang']);
    assert.deepEqual(texts('Foreign ministers from Indonesia, Malaysia and Thailand met.', 'leader'), []);
    // Only words that lead in to a list stand between: a verb and its object are no list.
    assert.deepEqual(texts('The ministers approved the revised National Plans.', 'leader'), []);
  });

  it('reads the names listed after "para" and a leader\'s title, one-word names with their unit in parentheses', () => {
    const text = 'Gubernur mengajak para bupati seperti Tomi Harun (Blora), Sudewo (Pati), dan Ani Widya Lestari (Brebes), untuk hadir.';
    assert.deepEqual(texts(text, 'leader'), ['Tomi Harun', 'Sudewo', 'Ani Widya Lestari']);
    assert.deepEqual(annotate(text).annotations.filter((a) => a.type === 'leader').map((a) => a.role), ['bupati', 'bupati', 'bupati']);
    // A name's abbreviation in parentheses after an office's aside stays his nickname.
    assert.deepEqual(texts('Menteri Pertanian (Mentan) Tomi Harun Limbong (THL) datang. Mentan THL berkata.', 'leader'), ['Tomi Harun Limbong', 'THL', 'THL']);
    // Ambassadors are no leaders.
    assert.deepEqual(texts('Hadir para duta besar seperti Tomi Harun (Jepang) dan Ani Lestari (Korea).', 'leader'), []);
  });

  it('reads the names right after a capitalised office in the plural, each with "of <country>"', () => {
    const text = 'Deputy Prime Ministers Tom Harrow of Kazakhstan and Ann Oduya of Uzbekistan signed. Presidents Ted Bumba and Li Wen met.';
    assert.deepEqual(texts(text, 'leader'), ['Tom Harrow', 'Ann Oduya', 'Ted Bumba', 'Li Wen']);
    assert.deepEqual(
      annotate(text).entities.filter((e) => e.type === 'leader').map((e) => e.attributes.countryCode),
      ['KZ', 'UZ', undefined, undefined],
    );
    // Not a headline, a body's name or "the Ministers of <portfolio>" before a name.
    assert.deepEqual(texts('Ministers Agree New Deal\n\nThe deal was signed.', 'leader'), []);
    assert.deepEqual(texts('The Council of Ministers Tom Harrow chaired met.', 'leader'), []);
    const portfolios = texts('Signed by the Ministers of Production Tom Harrow and of Mines Ann Oduya.', 'leader');
    assert.deepEqual(portfolios.filter((name) => name.includes('Production')), []);
  });

  it('reads a plural list whose names each carry their portfolio in parentheses, which is no nickname', () => {
    const text = 'The delegation includes ministers Tom Harrow (Finance), Ann Oduya (Culture), Li Wen (Promotion of Racial Equality), and Ted Bumba (Foreign Relations).';
    assert.deepEqual(texts(text, 'leader'), ['Tom Harrow', 'Ann Oduya', 'Li Wen', 'Ted Bumba']);
  });

  it('reads a minister "in the Ministry of ..." or "in the Presidency" as a leader, before a comma too', () => {
    const text = 'The Minister in the Ministry of Finance, Ryan Straughn, spoke. Minister in the Presidency Khumbudzo Ntshavheni agreed.';
    assert.deepEqual(texts(text, 'leader'), ['Ryan Straughn', 'Khumbudzo Ntshavheni']);
  });
  it('reads "Minister in the Prime Minister\'s Department" with an academic title before the name', () => {
    assert.deepEqual(texts("Minister in the Prime Minister's Department (Federal Territories) Dr Tom Harrow said. Harrow added.", 'leader'), ['Tom Harrow', 'Harrow']);
  });

  it('reads an office "in the" body before the name, and takes no aide of an office holder for a leader', () => {
    assert.deepEqual(texts('Leader of the Opposition in the Lok Sabha Tom Harrow asked.', 'leader'), ['Tom Harrow']);
    assert.deepEqual(texts('Juru bicara Wakil Presiden, Tom Harrow, mengatakan. The President\'s spokesman Ann Oduya said.', 'leader'), []);
    assert.deepEqual(texts('Uang itu melalui asisten pribadi Menpora Tom Harrow. Ada Safri selaku Stafsus Menteri KKP, Siswadi selaku pengurus.', 'leader'), []);
    // The aide's own field stands between his word and the title of whom he serves.
    assert.deepEqual(texts('Menurut Staf Khusus Bidang Komunikasi Publik dan Hubungan Antar Lembaga Menteri Pertahanan RI, Andi Wirawan, rapat ditunda.', 'leader'), []);
  });

  it('takes a portfolio written as an acronym ("HAM") for part of a name in other case', () => {
    assert.deepEqual(texts('Bupati Mamberamo Tengah Ricky Ham Pagawak ditangkap. Menteri Hukum dan HAM Tom Harrow hadir.', 'leader'), ['Ricky Ham Pagawak', 'Tom Harrow']);
  });

  it('takes "yang akrab disapa" after an office and a region, and finds the nickname\'s later uses that name a place', () => {
    const regent = 'Bupati Bantaeng Tom Harrow hadir. Sementara itu, Bupati Bantaeng yang akrab disapa Uji Tom itu mengaku. "Ya," kata Uji Tom.';
    assert.deepEqual(texts(regent, 'leader'), ['Tom Harrow', 'Uji Tom', 'Uji Tom']);
    const minister = 'Menteri Perdagangan Tom Harrow hadir. Mendag yang akrab disapa Busan itu menyebut. "Ya," ujar Busan.';
    assert.deepEqual(texts(minister, 'leader'), ['Tom Harrow', 'Busan', 'Busan']);
  });

  it('takes no office in a street\'s or airport\'s name for a leader', () => {
    const text = 'Gubernur Jawa Barat Tom Sudirman memimpin rapat di Jl Jenderal Sudirman, dekat Bandara Sultan Hasanuddin.';
    assert.deepEqual(texts(text, 'leader'), ['Tom Sudirman']);
    // Nor a gazetteer leader's name.
    assert.deepEqual(texts('Presiden Soekarno dulu berkantor di Jalan Soekarno.', 'leader'), ['Soekarno']);
    // A sports complex's or a monument's name, several words after the head.
    assert.deepEqual(texts('Laga digelar di Stadion Utama Gelora Bung Karno dan dekat Monumen Soekarno.', 'leader'), []);
    // A directorate general's name: "Jenderal" of the directorate, not a rank.
    assert.deepEqual(texts('Proyek di lingkungan Direktorat Jenderal Perkeretaapian Kementerian Perhubungan.', 'leader'), []);
    // A palace's address after the office in its name.
    assert.deepEqual(texts('Presiden Lú Olo menerima tamu di Istana Presiden RDTL, Bairo Pite, Dili.', 'leader'), ['Lú Olo']);
  });

  it('ends a name with its line, keeps joined initials, and leaves a currency against its number out', () => {
    assert.deepEqual(texts('Hal itu disampaikan Presiden Tiongkok Tom Harrow\n\nInvestasi asing naik. Investasi itu besar.', 'leader'), ['Tom Harrow']);
    assert.deepEqual(texts('kata Menlu Tom L.P. Harrow kemarin.', 'leader'), ['Tom L.P. Harrow']);
    assert.deepEqual(texts('Kunjungan Raja Tom Harrow Rp80 triliun. Rp itu besar.', 'leader'), ['Tom Harrow']);
  });

  it('reads a body\'s name after a title as no person, and a Roman numeral as no "Xi"', () => {
    assert.deepEqual(texts('Hadir Ketua Umum BS Center mantan Ketua Banggar/Ketua Komisi XI DPR RI Tom Harrow, pakar hukum.', 'leader'), ['Tom Harrow']);
    assert.deepEqual(texts('Ketua Umum BS Center Tom Harrow hadir. Vice Chairman Lotte Group Ann Oduya juga.', 'leader'), []);
    assert.deepEqual(texts('Ketua Banggar, Tom Harrow, hadir. Xi bertemu Biden.', 'leader'), ['Tom Harrow', 'Xi', 'Biden']);
  });

  it('takes no event committee\'s chair for a leader, and links a leader\'s name after a regional honorific', () => {
    assert.deepEqual(texts('Ketua Panitia, Rafdinal, mengapresiasi dukungan. Ketua Panitia Tom Harrow hadir.', 'leader'), []);
    assert.deepEqual(texts('Gubernur Aceh Tom Harrow berangkat. Selanjutnya, Doto Harrow memenuhi undangan.', 'leader'), ['Tom Harrow', 'Harrow']);
  });

  it('reads a long portfolio up to a comma and a courtesy title, leaves Indian honorifics out and a causeway to its namesake', () => {
    assert.deepEqual(
      mentions('comprising the Minister of Energy and Public Utilities, Mr Tom Harrow; the Minister of Financial Services and Economic Planning, Dr. Ann Oduya; the Leader of the Chagos Refugees Group, Mr Ian Baker.', 'leader').map((a) => [a.text, a.role]),
      [['Tom Harrow', 'Minister of Energy and Public Utilities'], ['Ann Oduya', 'Minister of Financial Services and Economic Planning']],
    );
    assert.deepEqual(texts('Mr. Chou, Director-General of Latin America and Caribbean Division, Mr. Tom Harrow, Secretary General, ICDF, came.', 'leader'), []);
    assert.deepEqual(texts('He will meet President Smt. Droupadi Murmu; Shri Tom Harrow spoke.', 'leader'), ['Droupadi Murmu']);
    // Bhutan's conferred title "Dasho" is no part of the name.
    assert.deepEqual(texts('Prime Minister (PM) Dasho Karma Wangdi said so.', 'leader'), ['Karma Wangdi']);
    assert.deepEqual(texts('The committee supervises the King Hamad Causeway and the Sheikh Zayed Bridge.', 'leader'), []);
    // A later mention by the title does not make the earlier place his mention.
    assert.deepEqual(texts('Bantuan dibawa dari Abdullah II Airbase di Zarqa. Raja Abdullah II hadir.', 'leader'), ['Abdullah II']);
  });

  it('reads two offices joined by "and", each with its name in commas, leaves "TD" out, and no post "to the president"', () => {
    assert.deepEqual(
      mentions('The Minister for Health, Tom Harrow and the Minister for Foreign Affairs, Ann Oduya TD, made the announcement.', 'leader').map((a) => [a.text, a.role]),
      [
        ['Tom Harrow', 'Minister for Health'],
        ['Ann Oduya', 'Minister for Foreign Affairs'],
      ],
    );
    assert.deepEqual(texts('Information and Communication Expert to the president, Tom Harrow, said so. He wrote to the president, Joe Biden.', 'leader'), ['Joe Biden']);
    assert.deepEqual(
      mentions('Minister for Environment and Climate Change Tom Harrow spoke.', 'leader').map((a) => [a.text, a.role]),
      [['Tom Harrow', 'Minister for Environment and Climate Change']],
    );
  });

  it('reads Malaysian state offices and a second minister, a regency\'s abbreviation before a styled name, and no wife', () => {
    assert.deepEqual(
      mentions('Gubernur menerima Menteri Besar Negeri Sembilan, Malaysia, Ali Rusdi. Menteri Besar Selangor Amirudin Shari dan Menteri Besar Datuk Onn Hafiz Ghazi hadir.', 'leader').map((a) => [a.text, a.role]),
      [
        ['Ali Rusdi', 'Menteri Besar Negeri Sembilan, Malaysia'],
        ['Amirudin Shari', 'Menteri Besar Selangor'],
        ['Datuk Onn Hafiz Ghazi', 'Menteri Besar'],
      ],
    );
    assert.deepEqual(
      mentions('Ia menerima Menteri Luar Negeri Kedua Singapura, Tom Harrow, di hotel.', 'leader').map((a) => [a.text, a.role]),
      [['Tom Harrow', 'Menteri Luar Negeri Kedua Singapura']],
    );
    assert.deepEqual(
      mentions('Gubernur Maluku Ali Rusdi datang bersama sang istri Widya Ali Rusdi, disambut Bupati SBB Drs. M. Yasin Payapo M.Pd, Kapolres SBB.', 'leader').map((a) => [a.text, a.role]),
      [
        ['Ali Rusdi', 'Gubernur Maluku'],
        ['M. Yasin Payapo', 'Bupati SBB'],
      ],
    );
  });

  it('reads no person in a ship\'s name, nor a headline verb as a name after a title', () => {
    assert.deepEqual(texts('Menhan RI Lepas KRI dr Radjiman\nMenhan Ali Rusdi melepas kapal KRI dr. Radjiman Wedyodiningrat-992 ke Gaza. KRI itu berlayar.', 'leader'), ['Ali Rusdi']);
    assert.deepEqual(mentions('Menlu Sugiono Kunjungi Tokyo\nMenteri Luar Negeri Sugiono tiba.', 'leader').map((a) => [a.text, a.role]), [
      ['Sugiono', 'Menlu'],
      ['Sugiono', 'Menteri Luar Negeri'],
    ]);
  });

  it('reads a portfolio after "in charge of" or "responsible for", and one listed in commas up to its "and" before the name', () => {
    assert.deepEqual(
      mentions('Minister delegate in charge of Investment, Tom Harrow, said so. The Minister responsible for Trade and Industry Ann Oduya agreed.', 'leader').map((a) => [a.text, a.role]),
      [['Tom Harrow', 'Minister delegate in charge of Investment'], ['Ann Oduya', 'Minister responsible for Trade and Industry']],
    );
    assert.deepEqual(
      mentions('The Minister of Investment, Convergence and Evaluation of Public Policies, Tom Harrow, said so.', 'leader').map((a) => [a.text, a.role]),
      [['Tom Harrow', 'Minister of Investment, Convergence and Evaluation of Public Policies']],
    );
    // Hong Kong's secretaries for a portfolio are its ministers; a permanent secretary is a civil servant.
    assert.deepEqual(
      texts('Secretary for Commerce and Economic Development Tom Lau Ka-wing said so; Lau agreed. Permanent Secretary for Finance Ann Oduya did not.', 'leader'),
      ['Tom Lau Ka-wing', 'Lau'],
    );
    // A plural portfolio word is no name after it.
    assert.deepEqual(texts('He signed as the Minister of National Policies and Economic Affairs to obtain funds.', 'leader'), []);
    // Without the "and" the words after the comma are the next item of another list.
    assert.deepEqual(texts('Minister of Trade, Tom Harrow, Minister of Energy, Ann Oduya, and others came.', 'leader'), ['Tom Harrow', 'Ann Oduya']);
    assert.deepEqual(texts('The minister in charge of the matter said.', 'leader'), []);
  });

  it('knows the regencies and cities of more than one word, so that the name after "Bupati" starts after them', () => {
    assert.deepEqual(
      mentions('Bupati Deli Serdang Tom Harrow hadir. Dukungan mantan Bupati Puncak Jaya ini jelas. Bupati Tanah Bumbu Ann Oduya juga.', 'leader').map((a) => [a.text, a.role]),
      [['Tom Harrow', 'Bupati Deli Serdang'], ['Ann Oduya', 'Bupati Tanah Bumbu']],
    );
  });

  it('takes no head of a national office\'s provincial branch for a leader ("Kepala BKPM DIY")', () => {
    assert.deepEqual(texts('Sultan didampingi Kepala BKPM DIY Drs. Tom Harrow. Kepala BKPM Ann Oduya hadir.', 'leader'), ['Ann Oduya']);
    assert.deepEqual(texts('Gubernur Jawa Timur Tom Harrow hadir.', 'leader'), ['Tom Harrow']);
  });

  it('takes no director-general of a ministry\'s directorate for a leader, and reads more honorifics and portfolios', () => {
    assert.deepEqual(texts('Direktur Jenderal Anggaran Tom Harrow hadir. Direktur Jenderal WTO Ann Oduya hadir.', 'leader'), ['Ann Oduya']);
    assert.deepEqual(texts('Syeikh Tamim bin Hamad Al Thani hadir. Minister of Labour, Invalids and Social Affairs Ann Oduya said.', 'leader'), ['Syeikh Tamim bin Hamad Al Thani', 'Ann Oduya']);
  });

  it('takes no portfolio with the possessive "-nya" for a name', () => {
    assert.deepEqual(texts('Ini bukan karena Menteri Perdagangannya, tapi momentum. Menteri Perdagangan Tom Harrow hadir.', 'leader'), ['Tom Harrow']);
  });

  it('takes no officer of a known business body, no term or ordinal for a name, and reads mineral resources as a portfolio', () => {
    assert.deepEqual(texts('Ketua Dewan Penasihat Kadin Indonesia Tom Harrow hadir.', 'leader'), []);
    assert.deepEqual(texts('Presiden RI Periode 2019-2024 hadir.', 'leader'), []);
    assert.deepEqual(texts('Minister of Mineral Resources and Energy, Tom Max Harrow, said.', 'leader'), ['Tom Max Harrow']);
  });

  it('takes no director-general of a financing directorate for a leader', () => {
    assert.deepEqual(texts('Direktur Jenderal Pengelolaan Pembiayaan dan Risiko (DJPPR) Tom Harrow hadir.', 'leader'), []);
  });
  it('gives a leader\'s one-word short form to someone else the text names with it, unless it names the leader in full', () => {
    assert.deepEqual(texts('First Lady Kim Keon Hee will travel with him. President Yoon and First Lady Kim will arrive on Monday.', 'leader'), ['Yoon']);
    assert.deepEqual(texts('Kim Jong Un met Kim Yo-han, a farmer. Later Kim inspected a factory.', 'leader'), ['Kim Jong Un', 'Kim']);
    assert.deepEqual(texts('Kim inspected a factory on Monday.', 'leader'), ['Kim']);
  });
  it('reads the portfolios of digitalisation, reforms and utilities, and a styled name after a comma that ends an unknown office', () => {
    assert.deepEqual(
      mentions('Minister of Information and Digitalization Tom Harrow says so. Minister for Home Affairs, Security, Reforms and Equality Ann Oduya, Minister for Finance Li Wen met.', 'leader').map((a) => [a.text, a.role]),
      [['Tom Harrow', 'Minister of Information and Digitalization'], ['Ann Oduya', 'Minister for Home Affairs, Security, Reforms and Equality'], ['Li Wen', 'Minister for Finance']],
    );
    assert.deepEqual(
      mentions('Menteri Utility Serawak, Dato Sri DR. Tom Harrow Utom itu diterima.', 'leader').map((a) => [a.text, a.role]),
      [['Tom Harrow Utom', 'Menteri Utility Serawak']],
    );
  });
  it('reads Malay portfolio words ("Perdagangan Antarbangsa", "Perladangan dan Komoditi") and the style "Yang Berhormat" between office and name', () => {
    assert.deepEqual(
      mentions('kata Menteri Perdagangan Antarbangsa dan Industri Malaysia Yang Berhormat Dato Seri Tom Harrow di Kuching.', 'leader').map((a) => [a.text, a.role]),
      [['Dato Seri Tom Harrow', 'Menteri Perdagangan Antarbangsa dan Industri Malaysia']],
    );
    assert.deepEqual(
      mentions('Menteri Perladangan dan Komoditi Malaysia YB Datuk Ann Oduya mengakui.', 'leader').map((a) => [a.text, a.role]),
      [['Datuk Ann Oduya', 'Menteri Perladangan dan Komoditi Malaysia']],
    );
    // "Negara" (the state) before the country it serves.
    const document = annotate('Menteri Perusahaan Perladangan dan Komoditi Negara Malaysia YB Datuk Ann Oduya tiba.');
    assert.deepEqual(document.annotations.filter((a) => a.type === 'leader').map((a) => [a.text, a.role]), [['Datuk Ann Oduya', 'Menteri Perusahaan Perladangan dan Komoditi Negara Malaysia']]);
    assert.equal(entityOf(document, 'Datuk Ann Oduya').attributes.countryCode, 'MY');
  });

  it('reads Latin American "Secretary of Economy", portfolio words such as Growth, and no style of address in an appositive name', () => {
    assert.deepEqual(texts("Mexico's Secretary of Economy Tatiana Clouthier Carrillo spoke.", 'leader'), ['Tatiana Clouthier Carrillo']);
    assert.deepEqual(texts("Damien O'Connor, New Zealand's Minister for Trade and Export Growth, spoke.", 'leader'), ["Damien O'Connor"]);
    assert.deepEqual(texts('At the event, the Honourable Mary Ng, Minister of Small Business, spoke.', 'leader'), ['Mary Ng']);
    // A middle initial with its dot stays in the name, after a style too.
    assert.deepEqual(texts('He came on the invitation of Hon. Wilfred P. Elrington, Minister of Foreign Affairs of Belize.', 'leader'), ['Wilfred P. Elrington']);
    assert.deepEqual(texts('Later, John K. Smith, President of Palau, spoke.', 'leader'), ['John K. Smith']);
  });
  it('reads an office set off from the name by dashes, but no dateline before a dash', () => {
    const micronesia = mentions('The forum was chaired by H.E. Jonah K. Nena—President of the Federated States of Micronesia—who thanked Japan.', 'leader');
    assert.deepEqual(micronesia.map((a) => [a.text, a.role]), [['Jonah K. Nena', 'President of the Federated States of Micronesia']]);
    assert.deepEqual(texts('Talks with Ana Rivera – the Peruvian foreign minister – went well.', 'leader'), ['Ana Rivera']);
    assert.deepEqual(texts('NEW YORK — President of Peru Ana Rivera arrived.', 'leader'), ['Ana Rivera']);
  });
  it('reads no appositive name in a place or body ended by its head noun ("di Weda Bay Project, Menteri Investasi ...")', () => {
    const text = 'Selama berada di Weda Bay Project, Menteri Investasi mendapat penjelasan. Kawasan Weda Bay Project luas.';
    assert.deepEqual(texts(text, 'leader'), []);
    assert.deepEqual(texts('Sementara itu Tom Harrow Utom, Menteri Investasi Malaysia, hadir.', 'leader'), ['Tom Harrow Utom']);
  });
  it('reads no leader in a company after a title, a consul general or a ministry\'s director general, but the head of an international body', () => {
    assert.deepEqual(texts('Dituturkan Gubernur, PT PKN bersama mitranya membangun pabrik.', 'leader'), []);
    assert.deepEqual(texts('Ia menerima Konsul-Jenderal Australia, Dr Helena Studdert, di kantornya.', 'leader'), []);
    assert.deepEqual(texts('Dirjen Bea Cukai Askolani hadir bersama Direktur Jenderal Pajak Bimo Wijayanto.', 'leader'), []);
    assert.deepEqual(texts('Direktur Jenderal ILO Gilbert Houngbo datang.', 'leader'), ['Gilbert Houngbo']);
    assert.deepEqual(texts('Director-General of the ILO Gilbert Houngbo came.', 'leader'), ['Gilbert Houngbo']);
  });

  it('matches a gazetteer name written with a space for its hyphen ("José Ramos Horta")', () => {
    assert.deepEqual(texts('The President of the Republic, José Ramos Horta expressed his thanks.', 'leader'), ['José Ramos Horta']);
  });
  it('reads a one-word organisation\'s name between name words as part of the name ("Abdel Fatah al-Sisi")', () => {
    assert.deepEqual(texts('President Abdel Fatah al-Sisi witnessed the signing. Sisi stressed the ties.', 'leader'), ['Abdel Fatah al-Sisi', 'Sisi']);
    assert.deepEqual(texts('Hamas said President Joko Widodo spoke.', 'leader'), ['Joko Widodo']);
  });

  it('reads a name on the line after its title in hard-wrapped text, but not across a paragraph', () => {
    assert.deepEqual(texts('Mataram - Gubernur NTB,\nDr. Zulkieflimansyah memiliki visi besar.', 'leader'), ['Zulkieflimansyah']);
    const list = 'Anna Berg, Minister for Trade and Export Growth, Biosecurity and Rural Communities\n\nGan Kim Yong, Minister for Trade and Industry of Singapore';
    const leaders = mentions(list, 'leader');
    assert.deepEqual(leaders.map((a) => a.text), ['Anna Berg', 'Gan Kim Yong']);
    // The first line's office is not the second line's name's.
    assert.ok(!leaders[1]!.role?.includes('Communities'), leaders[1]!.role);
  });
  it('reads a list of two names or more after a plural office and a comma', () => {
    assert.deepEqual(texts('Three other cabinet ministers, Richard Bruton, Ruairi Quinn and Simon Coveney are leading missions.', 'leader'), [
      'Richard Bruton',
      'Ruairi Quinn',
      'Simon Coveney',
    ]);
    assert.deepEqual(texts('The ministers, Anna Pettersson said, agreed.', 'leader'), []);
  });

  it('takes a name that is a function word of the other language only ("Said" in Indonesian text)', () => {
    const text = 'Gubernur Maluku, Said Assagaff menerima rombongan di kantor gubernur. Ekspor ikan akan ditingkatkan, kata Assagaff.';
    assert.deepEqual(texts(text, 'leader'), ['Said Assagaff', 'Assagaff']);
    assert.deepEqual(texts('Said the President, Joko Widodo, in a speech on Monday.', 'leader'), ['Joko Widodo']);
    assert.deepEqual(texts('Australian Trade Minister Dan Tehan said the deal would help farmers. Tehan added more.', 'leader'), ['Dan Tehan', 'Tehan']);
  });
  it('refuses an English non-name word as a name\'s first word in Indonesian text', () => {
    const text = 'Gubernur Papua memenuhi undangan Gubernur National Capital District (Port Moresby), Powes Parkop untuk hadir.';
    assert.ok(!texts(text, 'leader').includes('Capital District'));
  });
  it('reads a governor\'s unit named by its kind ("Gubernur Prefektur Kagawa, ...") as the jurisdiction, not the name', () => {
    assert.deepEqual(texts('Gubernur Prefektur Kagawa, Ikeda Toyohito, tiba di Jakarta. "Pemerintah Kagawa tertarik," kata Ikeda.', 'leader'), ['Ikeda Toyohito', 'Ikeda']);
    assert.deepEqual(texts('Gubernur Provinsi Madang di Papua Nugini (PNG), Peter Yama menandatangani nota kesepahaman.', 'leader'), ['Peter Yama']);
    assert.deepEqual(texts('Gubernur Provinsi Jawa Tengah Ganjar Pranowo hadir.', 'leader'), ['Ganjar Pranowo']);
    // Without a comma an unknown unit's name could run into the person's: no guess.
    assert.deepEqual(texts('Gubernur Prefektur Aichi Hideaki Omura hadir.', 'leader'), []);
  });
  it('reads an English unit written with its kind after "Governor of" as the jurisdiction ("Governor of Kano State, ...")', () => {
    assert.deepEqual(texts('The Governor of Kano State, Abba Kabir Yusuf, opened the fair. Yusuf said trade would grow.', 'leader'), ['Abba Kabir Yusuf', 'Yusuf']);
    assert.deepEqual(texts('Governor of Gyeonggi Province Kim Dong-yeon met the delegation.', 'leader'), ['Kim Dong-yeon']);
    assert.deepEqual(texts('The Governor of the State of Chuuk, Alexander Narruhn, welcomed the ship.', 'leader'), ['Alexander Narruhn']);
    assert.deepEqual(texts('The Governor of the State of Chuuk Alexander Narruhn welcomed the ship.', 'leader'), []);
    assert.deepEqual(texts('Secretary of State Marco Rubio met Governor of Lagos State Babajide Sanwo-Olu.', 'leader'), ['Marco Rubio', 'Babajide Sanwo-Olu']);
  });
  it('reads the words after "Kantor Wali Kota Batam," as the building\'s address, not the holder\'s name', () => {
    const text = 'Rapat di Kantor Wali Kota Batam, Batamkota, Rabu. Tamu tiba di rumah dinas Plt Gubernur Jambi, Telanaipura, kemarin.';
    assert.deepEqual(texts(text, 'leader'), []);
    // Without the comma the holder is named: "the governor's residence of Tom Harrow".
    assert.deepEqual(texts('Tamu tiba di rumah dinas Gubernur Jambi Tom Harrow kemarin.', 'leader'), ['Tom Harrow']);
  });
  it('reads a hyphenated unit name after its kind ("Gubernur Provinsi Jeollabuk-do, Kim Kwan-young")', () => {
    assert.deepEqual(texts('Gubernur Provinsi Jeollabuk-do, Kim Kwan-young, menyambut rombongan.', 'leader'), ['Kim Kwan-young']);
  });
  it('reads the unit\'s country in commas between the office and the name ("Gubernur Prefektur Shizuoka, Jepang, ...")', () => {
    const document = annotate('Kunjungan itu disambut Gubernur Prefektur Shizuoka, Jepang, Heita Kawakatsu, di kantornya.');
    assert.deepEqual(document.annotations.filter((a) => a.type === 'leader').map((a) => a.text), ['Heita Kawakatsu']);
    assert.equal(entityOf(document, 'Heita Kawakatsu').attributes.countryCode, 'JP');
    assert.deepEqual(texts('Rombongan disambut Wali Kota Osaka, Jepang, Ichiro Matsui.', 'leader'), ['Ichiro Matsui']);
    assert.deepEqual(texts('Gubernur Jawa Barat, Jepang, dan Korea hadir.', 'leader'), []);
  });
  it('reads a name set off from its office by a spaced dash, if it has two words or more', () => {
    assert.deepEqual(
      mentions("The former trade minister - Damien Pike - said so. Menteri Luar Negeri – Sari Wulandari – hadir.", 'leader').map((a) => [a.text, a.role]),
      [['Damien Pike', 'former trade minister'], ['Sari Wulandari', 'Menteri Luar Negeri']],
    );
    assert.deepEqual(texts('Prime Minister — Statement on the budget', 'leader'), []);
  });
  it('reads styles and post-nominals around a name set off from its office ("the Hon. X", "Hon. X, MP, Minister ...", "His Excellency Dr X, President of the Republic of Y")', () => {
    const document = annotate('The Minister of Foreign Affairs, the Hon. Darren Pike, said he was pleased. Mr. Pike agreed.');
    assert.deepEqual(document.annotations.filter((a) => a.type === 'leader').map((a) => a.text), ['Darren Pike', 'Pike']);
    assert.deepEqual(
      mentions('The Government was represented by Hon. Sosten Mwale, MP, Minister of Finance and Economic Affairs.', 'leader').map((a) => [a.text, a.role]),
      [['Sosten Mwale', 'Minister of Finance']],
    );
    const malawi = annotate('His Excellency Dr Lazarus McCarthy Phiri, President of the Republic of Malawi, held talks.');
    assert.deepEqual(malawi.annotations.filter((a) => a.type === 'leader').map((a) => [a.text, a.role]), [['Lazarus McCarthy Phiri', 'President of the Republic of Malawi']]);
    assert.equal(entityOf(malawi, 'Lazarus McCarthy Phiri').attributes.countryCode, 'MW');
    // "of" a country that a name goes on after is no office of that state.
    assert.deepEqual(texts('John Banda, President of the Indonesia Chamber of Commerce, spoke.', 'leader'), []);
  });
  it('reads a comma between the office and its jurisdiction ("Pelaksana Tugas Gubernur, Aceh Nova Iriansyah")', () => {
    const document = annotate('ujar Pelaksana Tugas Gubernur, Aceh Nova Iriansyah, dalam forum itu. Nova mengatakan hal itu.');
    assert.deepEqual(document.annotations.filter((a) => a.type === 'leader').map((a) => a.text), ['Nova Iriansyah', 'Nova']);
    // No name of two words after the jurisdiction: the comma ends the clause.
    assert.deepEqual(texts('Kata Presiden, Indonesia Maju adalah tujuan kita.', 'leader'), []);
  });
  it('reads a name in brackets right after the office ("Foreign Minister (Valgerdur Sverrisdóttir)")', () => {
    const document = annotate("Iceland's Foreign Minister (Valgerdur Sverrisdóttir) met her counterpart. Sverrisdóttir said more.");
    assert.deepEqual(document.annotations.filter((a) => a.type === 'leader').map((a) => a.text), ['Valgerdur Sverrisdóttir', 'Sverrisdóttir']);
    assert.equal(entityOf(document, 'Valgerdur Sverrisdóttir').attributes.countryCode, 'IS');
    assert.deepEqual(texts('Menlu Kanada (Melanie Joly) tiba di Jakarta.', 'leader'), ['Melanie Joly']);
    // An abbreviation in brackets is the office's, and a body's name is no person.
    assert.deepEqual(texts('Menteri Luar Negeri (Menlu) hadir.', 'leader'), []);
    assert.deepEqual(texts('The Foreign Minister (Foreign Affairs Ministry) said.', 'leader'), []);
  });
  it('reads an international body\'s organ as part of the office ("the President of the ECOWAS Commission, ...")', () => {
    const text = 'It was signed by the President of ECOWAS Commission, Kadre Ouedraogo, in Abuja. Ouedraogo said more.';
    assert.deepEqual(texts(text, 'leader'), ['Kadre Ouedraogo', 'Ouedraogo']);
    assert.deepEqual(texts('The Secretary-General of the ASEAN Secretariat, Kao Kim Hourn, spoke.', 'leader'), ['Kao Kim Hourn']);
  });
  it('reads Indonesian office abbreviations ("Kapolda", "Pangdam") as offices, never as a name after a title', () => {
    assert.deepEqual(texts('Acara dihadiri Gubernur Jambi, Kapolda Jambi, dan Danrem 042/Gapu.', 'leader'), []);
    assert.deepEqual(texts('Hadir pula Gubernur Sumut, Pangdam I/BB dan Kajati Sumut.', 'leader'), []);
  });
  it('gives a candidate for an office ("calon Gubernur") neither the role nor, unless known, a leader', () => {
    assert.deepEqual(texts('Calon Gubernur Jambi Hendra Wijaya berkampanye. Gubernur Jambi Al Haris hadir.', 'leader'), ['Al Haris']);
    const anies = annotate('Pasangan calon Presiden Anies Baswedan hadir.').annotations.find((a) => a.type === 'leader');
    assert.equal(anies?.text, 'Anies Baswedan');
    assert.equal(anies?.role, undefined);
  });
  it('leaves a run of academic and religious abbreviations before a name out of it ("Drs. H.", "Dr. TGH.")', () => {
    const text = 'Gubernur Kalimantan Barat, Drs. H. Ria Norsan, M.M. menerima tamu. Norsan menjelaskan rencana itu.';
    assert.deepEqual(texts(text, 'leader'), ['Ria Norsan', 'Norsan']);
    assert.deepEqual(texts('Tamu dijamu oleh Gubernur NTB, Dr. TGH. M. Zainul Majdi di pendopo.', 'leader'), ['M. Zainul Majdi']);
  });
  it('reads a special staff or expert of an office holder as no leader ("Staf Khusus Gubernur Aceh ...")', () => {
    assert.deepEqual(texts('"Kami siap," kata Staff Khusus Gubernur Aceh Iskandar Jamal di Abu Dhabi.', 'leader'), []);
    assert.deepEqual(texts('Staf Ahli Menteri Perdagangan Budi Hartono hadir.', 'leader'), []);
  });
  it('reads "Iklim" and "Coal" as portfolio words ("Menteri Iklim dan Lingkungan", "Minister of Energy and Coal Industry")', () => {
    assert.deepEqual(texts('Menteri Iklim dan Lingkungan Norwegia Ola Elvestuen hadir.', 'leader'), ['Ola Elvestuen']);
    assert.deepEqual(texts('He met the Minister of Energy and Coal Industry Yuriy Boyko.', 'leader'), ['Yuriy Boyko']);
  });
  it('reads "Perumahan Rakyat" as a portfolio, not a name', () => {
    assert.deepEqual(texts('Mantan Menteri Perumahan Rakyat itu berharap ekspor naik.', 'leader'), []);
  });
  it('reads a month word hyphenated to a lower-case syllable as part of a given name ("Wang Mei-hua")', () => {
    assert.deepEqual(texts('Taiwan Minister of Economic Affairs Wang Mei-hua is set to visit Paraguay.', 'leader'), ['Wang Mei-hua']);
  });
  it('reads a surname that opens with its particles right after a title ("President von der Leyen")', () => {
    const text = 'Kishida, with European Commission President von der Leyen, held an event. Minister van Klaveren spoke.';
    assert.deepEqual(texts(text, 'leader'), ['Kishida', 'von der Leyen', 'van Klaveren']);
  });
  it('trusts only a known name after a title in a title-case headline with a possessive ("Benin\'s President ...")', () => {
    const text = "Benin's President Patrice Talon Embarks on State Visit to Japan\nThe visit opens talks.";
    assert.deepEqual(texts(text, 'leader'), ['Patrice Talon']);
  });
  it('reads a given name set in capitals after a title in capitals, as a story\'s first words are', () => {
    const text = 'PRESIDENT DEMETRIS Christofias wrapped up his visit. Christofias also met students. Ketua DPRD Rinie hadir.';
    assert.deepEqual(texts(text, 'leader'), ['DEMETRIS Christofias', 'Christofias']);
  });
  it('reads a family name in capitals after a courtesy title, as Japanese official style writes it ("Mr. TAKEI Shunsuke")', () => {
    const text = 'Mr. HARROW Kenta, State Minister for Foreign Affairs of Japan, met the delegation. Mr. UNICEF Report, director of the agency, spoke.';
    assert.deepEqual(texts(text, 'leader'), ['HARROW Kenta']);
    // Without a courtesy title a long word in capitals stays an acronym.
    assert.deepEqual(texts('Secretary General NATO Jens Stoltenberg spoke.', 'leader'), ['Jens Stoltenberg']);
  });
  it('reads a function word hyphenated to a lower-case syllable as a given name, but not a reduplication', () => {
    // "sang" and "dan" are Indonesian words; "Lee" alone is a president's short name in the gazetteer.
    const text = 'Menteri Perdagangan Korea Selatan Ahn Dan-bi bertemu Duta Besar Korea Selatan Lee Sang-deok di Jakarta.';
    assert.deepEqual(texts(text, 'leader'), ['Ahn Dan-bi']);
    assert.deepEqual(texts('Presiden Joko Widodo menyapa Sang-sang. Negara-negara ASEAN hadir.', 'leader'), ['Joko Widodo']);
  });
  it('knows the late Emir Sabah of Kuwait over the Malaysian state of his name', () => {
    assert.deepEqual(texts('It was an initiative of the late Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah.', 'leader'), ['Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah']);
    assert.deepEqual(texts('Sabah is a Malaysian state.', 'place'), ['Sabah']);
  });
  it('reads a queen named right after her king as his consort, no leader; a queen named alone reigns', () => {
    assert.deepEqual(texts('King Harald and Queen Sonja of Norway will visit Indonesia.', 'leader'), ['Harald']);
    assert.deepEqual(texts('Raja Willem-Alexander dan Ratu Maxima tiba di Jakarta.', 'leader'), ['Willem-Alexander']);
    assert.deepEqual(texts('Queen Margrethe of Denmark met King Carl Gustaf.', 'leader'), ['Margrethe', 'Carl Gustaf']);
  });
  it('keeps a name\'s initials in brackets and its regnal number together, and reads Javanese court styles as no office', () => {
    const text =
      'Tamu disambut putri Sri Sultan Hamengku Buwono (HB) X. Di antaranya Gusti Kanjeng Ratu (GKR) Sekar, ' +
      'juga menantu Sultan, Kanjeng Pangeran Haryo (KPH) Wironegoro. Sri Sultan Hamengku Buwono X lalu berpidato.';
    assert.deepEqual(texts(text, 'leader'), ['Hamengku Buwono (HB) X', 'Sri Sultan Hamengku Buwono X']);
    // Without the number the brackets hold a short form of the name.
    assert.deepEqual(texts('Kemudian Sultan Agung Wibowo (AW) hadir.', 'leader'), ['Agung Wibowo', 'AW']);
  });
  it('leaves a bare rank between an office and a name out of the name; "Major General" stays a title', () => {
    const text = 'Army Commander, Major Velentino Phiri, attended. Army chief Major General John Smith said. Minister of Defence Colonel Ahmed Musa spoke.';
    assert.deepEqual(texts(text, 'leader'), ['Velentino Phiri', 'John Smith', 'Ahmed Musa']);
  });
  it('reads a known leader\'s surname after another given name and a title of address with a dot as someone else ("Dr. Thomas Kurz")', () => {
    assert.deepEqual(texts('The German Ambassador to Rwanda Dr. Thomas Kurz stressed it.', 'leader'), []);
    assert.deepEqual(texts('Former chancellor Kurz met Dr. Kurz later.', 'leader'), ['Kurz', 'Kurz']);
  });
  it('reads no building, fair or delegation as the name after an office, and no "Profesor" in a name', () => {
    const text = 'He built the Prime Minister Towers. According to the Head of Government of Georgia, Fair of Belarussian Products opens. The Head of the EU Delegation to Armenia spoke.';
    assert.deepEqual(texts(text, 'leader'), []);
    assert.deepEqual(texts('Menteri Pendidikan Profesor Budi Santoso hadir. Ia dianugerahi gelar Honorary Chair Profesor dari Jei University.', 'leader'), ['Budi Santoso']);
  });
  it('leaves "Mr", "Mrs", "Ms" between an office and a name out of the name', () => {
    assert.deepEqual(texts('The Minister of Finance, Mr Pravind Kumar Jugnauth, spoke. Trade Minister Ms. Anna Berg agreed.', 'leader'), ['Pravind Kumar Jugnauth', 'Anna Berg']);
  });

  it('reads "Civil Aviation" and "Public Service" as portfolios, in a list of them too', () => {
    assert.deepEqual(texts("It came before Indian Minister of Commerce, Industry, and Civil Aviation Suresh Prabhu's visit.", 'leader'), ['Suresh Prabhu']);
    assert.deepEqual(texts('Menteri Penerbangan Sipil Budi Santoso tiba. The Minister of Public Service Jane Doe spoke.', 'leader'), ['Budi Santoso', 'Jane Doe']);
  });

  it('repeats a family name with its particles, but not inside another name', () => {
    assert.deepEqual(texts('Minister Dr Ali bin Masoud Al Sunaidy met them. Later Al Sunaidy left.', 'leader'), ['Ali bin Masoud Al Sunaidy', 'Al Sunaidy']);
    assert.deepEqual(texts('President Ursula von der Leyen came; von der Leyen said.', 'leader'), ['Ursula von der Leyen', 'von der Leyen']);
    assert.deepEqual(
      texts('Emir Sheikh Tamim bin Hamad Al Thani met him. The chairman of the Qatar Chamber, Sheikh Khalifa bin Jassim Al Thani, spoke.', 'leader'),
      ['Sheikh Tamim bin Hamad Al Thani'],
    );
  });

  it("does not repeat a father's name after a patronymic, nor a currency's letters inside an amount", () => {
    assert.deepEqual(texts("Emir Sheikh Tamim bin Hamad Al Thani met him. The line from Qatar's Hamad Port links to Kuwait.", 'leader'), ['Sheikh Tamim bin Hamad Al Thani']);
    assert.deepEqual(texts('Vice President JD Vance said JD 250 million was too much. Vance left.', 'leader'), ['JD Vance', 'Vance']);
  });

  it("runs a known short form on over the family names of the leader's full name", () => {
    const text = "Sheikh Mishal Al Sabah's first trip as leader of Kuwait. Later Sheikh Mishal Al-Sabah met him in Sabah.";
    assert.deepEqual(texts(text, 'leader'), ['Sheikh Mishal Al Sabah', 'Sheikh Mishal Al-Sabah']);
    assert.deepEqual(texts(text, 'place'), ['Sabah']);
  });

  it("takes no party's ideology word for a name after a party office", () => {
    assert.deepEqual(texts('Sekretaris Jenderal Partai Komunis Vietnam To Lam tiba di Jakarta kemarin. Ketua Partai Komunis Vietnam hadir di sana.', 'leader'), ['To Lam']);
  });

  it("reads a titled leader's full name repeated at a sentence start as his, not a known leader's short form", () => {
    const text = 'Minister of Economy Samir Saied signed it with President Kais Saied.\n\nSamir Saied met them.';
    assert.deepEqual(texts(text, 'leader'), ['Samir Saied', 'Kais Saied', 'Samir Saied']);
    const document = annotate(text);
    assert.equal(entityOf(document, "Samir Saied").mentions.length, 2);
  });

  it("reads a known leader's short form that opens his name written in full as the whole name", () => {
    const text = 'Prime Minister Oyun-Erdene Luvsannamsrai met donors. Later, Oyun-Erdene Luvsannamsrai said it would go ahead. Oyun-Erdene added.';
    assert.deepEqual(texts(text, 'leader'), ['Oyun-Erdene Luvsannamsrai', 'Oyun-Erdene Luvsannamsrai', 'Oyun-Erdene']);
    assert.equal(entityOf(annotate(text), 'Oyun-Erdene Luvsannamsrai').mentions.length, 2);
  });

  it("reads a city's name that is the surname of a leader named in full as him, but not after a preposition of place", () => {
    const text = 'Former Prime Minister Joseph Muscat met investors in Valletta. "We will not give up," Muscat said. He had been in Muscat before.';
    assert.deepEqual(texts(text, 'leader'), ['Joseph Muscat', 'Muscat']);
    assert.deepEqual(texts(text, 'place'), ['Valletta', 'Muscat']);
    assert.deepEqual(texts('Oman welcomed the talks. "We will not give up," Muscat said.', 'place'), ['Muscat']);
  });

  it('reads a capitalised function word inside a sentence as a given name, but not in a title-case headline', () => {
    const text = "It came during junta chief Snr-Gen Than Shwe's visit to China. It was reached after Than Shwe met President Hu Jintao.";
    assert.deepEqual(texts(text, 'leader'), ['Than Shwe', 'Than Shwe', 'Hu Jintao']);
    assert.deepEqual(texts('Trump Meets With Xi In Beijing', 'leader'), ['Trump', 'Xi']);
  });

  it('ends a name with a function word capitalised after it inside a sentence, but not in a title-case headline', () => {
    assert.deepEqual(texts('Perlis Menteri Besar Datuk Ahmad Said said the budget was approved.', 'leader'), ['Datuk Ahmad Said']);
    assert.deepEqual(texts('Kedah Menteri Besar Datuk Seri Muhammad Sanusi Md Nor said the state would appeal.', 'leader'), ['Datuk Seri Muhammad Sanusi Md Nor']);
    assert.deepEqual(texts('Prime Minister Anwar Ibrahim And Allies Meet In Putrajaya', 'leader'), ['Anwar Ibrahim']);
  });

  it('ends a name with a title that is also a family name where no name follows it', () => {
    assert.deepEqual(texts('Resources Minister Mara King said exports would grow, and Deputy Premier Tom Marshal agreed.', 'leader'), ['Mara King', 'Tom Marshal']);
    assert.deepEqual(texts('Menteri Sumber Daya Australia Mara King mengatakan ekspor naik.', 'leader'), ['Mara King']);
    // The title of the name after it: "King Charles", "Marshal Zhukov".
    assert.deepEqual(texts('Prime Minister Tom Harrow King Charles III met them.', 'leader'), ['Tom Harrow', 'Charles III']);
    assert.deepEqual(texts('Foreign Minister Julie Bishop met Marshal Georgy Zhukov.', 'leader'), ['Julie Bishop', 'Georgy Zhukov']);
  });

  it('reads "Financial Secretary" as an office, and a particle opening a sentence as part of a repeated name', () => {
    assert.deepEqual(texts('Financial Secretary Paul Chan Mo-po will lead a delegation. Chan said so.', 'leader'), ['Paul Chan Mo-po', 'Chan']);
    assert.deepEqual(texts('Foreign Secretary Albert del Rosario came.\n\nDel Rosario said Japan has helped.', 'leader'), ['Albert del Rosario', 'Del Rosario']);
  });
  it('takes no known name given as an aide\'s, in the rank he then held, nor a rank with its corps for a mayor', () => {
    assert.deepEqual(texts('Prabowo didampingi ajudan Mayor Inf Teddy Indra Wijaya. Teddy tersenyum.', 'leader'), ['Prabowo']);
    assert.deepEqual(texts('Rombongan dikawal Mayor Inf Ahmad Wirawan.', 'leader'), []);
    assert.deepEqual(texts('Komandan upacara, Mayor Pnb Andi Wirawan, melapor. Pesawat siap.', 'leader'), []);
    assert.deepEqual(texts('Wakil Pertama Ketua Pemerintahan hadir.', 'leader'), []);
  });

  it('reads no leader in a court\'s presiding judge ("hakim ketua", "Ketua Majelis Hakim")', () => {
    assert.deepEqual(texts('Sidang dipimpin hakim ketua Tom Harrow. Ketua Majelis Hakim Ann Oduya membacakan putusan.', 'leader'), []);
  });

  it('reads no rank "general" after an auditor, attorney or inspector', () => {
    assert.deepEqual(texts('The new envoys include deputy auditor general Goms Haufiku and inspector general Ahmad Wirawan.', 'leader'), []);
    assert.deepEqual(texts('General Ahmad Wirawan inspected the troops.', 'leader'), ['Ahmad Wirawan']);
  });

  it('reads a short form opening a title-case headline with a hyphenated count in it', () => {
    assert.deepEqual(texts('Mnangagwa Leaves For Mozambique On 3-day State Visit\n\nThe President left on Monday.', 'leader'), ['Mnangagwa']);
  });
  it("takes no leader's full name after his wife's address and given name, from the gazetteer or repeated", () => {
    assert.deepEqual(texts('Ibu Negara Iriana Joko Widodo hadir bersama Ibu Hj. Wury Ma’ruf Amin.', 'leader'), []);
    assert.deepEqual(texts('Mrs Iriana Joko Widodo came. President Joko Widodo spoke.', 'leader'), ['Joko Widodo']);
    assert.deepEqual(texts('Panglima TNI Jenderal Tom Harrow hadir didampingi Ny Ann Tom Harrow.', 'leader'), ['Tom Harrow']);
  });

  it('reads "H. E." and "H.E." as courtesy titles before a name, and an office of a state named in its official form', () => {
    assert.deepEqual(
      mentions('Wakil Perdana Menteri Republik Uzbekistan, H. E. Mr. Rustam Karimov, hadir.', 'leader').map((a) => [a.text, a.role]),
      [['Rustam Karimov', 'Wakil Perdana Menteri Republik Uzbekistan']],
    );
    assert.deepEqual(texts('Prime Minister H.E. Sok Chenda arrived.', 'leader'), ['Sok Chenda']);
    assert.deepEqual(texts('Pemimpin Spiritual Iran berpesan agar damai.', 'leader'), []);
  });
  it('reads a governor\'s or mayor\'s place after "of", with or without a comma before the name', () => {
    assert.deepEqual(
      mentions('He met the mayor of Rome, Marco Bellini, and Governor of Bali Wayan Darma.', 'leader').map((a) => [a.text, a.role]),
      [['Marco Bellini', 'mayor of Rome'], ['Wayan Darma', 'Governor of Bali']],
    );
  });

  it('reads the acronyms of ministries for migrant workers, women and children, environment and fisheries as portfolios', () => {
    assert.deepEqual(
      mentions('Wakil Menteri PPMI Rina Aryanti bertemu Menteri PPPA Dewi Fauza dan Menteri LHK Sari Nurbaya.', 'leader').map((a) => [a.text, a.role]),
      [['Rina Aryanti', 'Wakil Menteri PPMI'], ['Dewi Fauza', 'Menteri PPPA'], ['Sari Nurbaya', 'Menteri LHK']],
    );
  });

  it('reads a country\'s or a city\'s word after a titled given name as the surname in English, and its repeat as him', () => {
    assert.deepEqual(
      mentions('Minister of Finance Goran Mali signed. Mali also signed, and flew to Mali.', 'leader').map((a) => a.text),
      ['Goran Mali', 'Mali'],
    );
    assert.deepEqual(texts('Minister of Finance Goran Mali signed. Mali also signed, and flew to Mali.', 'country'), ['Mali']);
    assert.deepEqual(mentions('Finance Minister Pedro Medina said so.', 'leader').map((a) => a.text), ['Pedro Medina']);
    // Not after a known leader's name, nor in Indonesian, where the country says whose king he is.
    assert.deepEqual(texts('Raja Abdullah Yordania bertemu Presiden Ruto Kenya.', 'country'), ['Yordania', 'Kenya']);
    assert.deepEqual(texts('President Ruto Kenya signed.', 'country'), ['Kenya']);
  });

  it('reads a one-word name set off by commas after a regent\'s unknown regency, and no "Terpilih" as a name', () => {
    assert.deepEqual(
      mentions('Hal itu diungkapkan oleh Bupati Konut, Rusdamin, di Kendari. Menurut Rusdamin, acara itu meriah.', 'leader').map((a) => [a.text, a.role]),
      [['Rusdamin', 'Bupati Konut'], ['Rusdamin', undefined]],
    );
    assert.deepEqual(texts('Bupati Konut, Kendari, dan Kolaka hadir.', 'leader'), []);
    assert.deepEqual(texts('Bupati Mempawah Terpilih, Erlina Ria hadir.', 'leader').includes('Mempawah Terpilih'), false);
  });

  it('reads "Inspector-General" as an office, not a name after a listed office', () => {
    assert.deepEqual(texts('Present were the Minister of Manpower, Inspector-General of Police and Customs, and the ambassador.', 'leader'), []);
  });

  it('names no managing director a leader unless of an international body', () => {
    assert.deepEqual(texts('Acme Holdings managing director, John Smith, said. The Gulf Fund for Development managing director, Ali Hamad, signed.', 'leader'), []);
    assert.deepEqual(texts('The Managing Director of the IMF, Kristalina Georgieva, said.', 'leader'), ['Kristalina Georgieva']);
  });

  it('names no company\'s president, chairman or chief executive a leader: an office in lower case after a name no list knows', () => {
    assert.deepEqual(texts('Sonatrach president Toufik Hakkar met Eni chief executive Claudio Descalzi and Petronas chairman Ali Hashim.', 'leader'), []);
    assert.deepEqual(texts('Hong Kong chief executive John Lee met ANC president Cyril Ramaphosa. Former president Joko Widodo came.', 'leader'), ['John Lee', 'Cyril Ramaphosa', 'Joko Widodo']);
  });

  it('reads no name in "Pertemuan Pemimpin Tahunan"', () => {
    assert.deepEqual(texts('Diumumkan pada Pertemuan Pemimpin Tahunan Australia-Indonesia di Canberra.', 'leader'), []);
  });

  it('links "Sri" to Sri Mulyani, whose given name it is, while "Sri Sultan" stays a style', () => {
    assert.deepEqual(
      mentions('Menteri Keuangan Sri Mulyani Indrawati hadir. Sri mengatakan, nilainya besar. Sri Lanka setuju.', 'leader').map((a) => a.text),
      ['Sri Mulyani Indrawati', 'Sri'],
    );
  });

  it('reads the minister of the armed forces in both languages', () => {
    assert.deepEqual(
      mentions('Menteri Angkatan Bersenjata Prancis Claire Dubois bertemu Armed Forces Minister Paul Martin.', 'leader').map((a) => [a.text, a.role]),
      [['Claire Dubois', 'Menteri Angkatan Bersenjata Prancis'], ['Paul Martin', 'Armed Forces Minister']],
    );
  });

  it('reads the office after "selaku" or "sebagai" as after a comma', () => {
    assert.deepEqual(
      mentions('Andi Wirawan selaku Menteri Perdagangan hadir. Presiden melantik Budi Gunadi sebagai Menteri Kesehatan.', 'leader').map((a) => [a.text, a.role]),
      [['Andi Wirawan', 'Menteri Perdagangan'], ['Budi Gunadi', 'Menteri Kesehatan']],
    );
    assert.deepEqual(texts('Indonesia sebagai Ketua ASEAN menggelar KTT.', 'leader'), []);
  });

  it('reads an office in brackets after the name, without a rank before it', () => {
    assert.deepEqual(
      mentions('He accused Capt Tom Harrow (former Chief Minister), Ann Oduya (former MP) and Budi Hartono (Menteri Perdagangan).', 'leader').map((a) => [a.text, a.role]),
      [['Tom Harrow', 'former Chief Minister'], ['Budi Hartono', 'Menteri Perdagangan']],
    );
    assert.deepEqual(texts('John Smith (Chief Executive) spoke. For his part, the Ministro de Hacienda (Finance Minister) said.', 'leader'), []);
    // A regent's or mayor's unit no list knows, filling the bracket; the short titles "Wabup", "Wawali".
    assert.deepEqual(
      mentions('Yang aman baru Andi Wirawan (Bupati Kerinci Hilir), Budi Hartono (Wawali Solok) dan Tom Harrow (Wabup Padang Pariaman).', 'leader').map((a) => [a.text, a.role]),
      [['Andi Wirawan', 'Bupati Kerinci Hilir'], ['Budi Hartono', 'Wawali Solok'], ['Tom Harrow', 'Wabup Padang Pariaman']],
    );
    assert.deepEqual(texts('Yang hadir Andi Wirawan (Bupati Kerinci Hilir periode lalu) dan Budi Hartono (Ketua Panitia).', 'leader'), []);
  });

  it('reads "CM" before a name as Chief Minister, in capitals only', () => {
    assert.deepEqual(texts('During CM Harrow\'s visit, the firm agreed. "It is an example," CM Oduya said.', 'leader'), ['Harrow', 'Oduya']);
    assert.deepEqual(texts('The wall is 5 cm Tall.', 'leader'), []);
  });

  it('takes no secretary-general of a ministry for a leader, but one of a party or the UN', () => {
    const text = 'Sekretaris Jenderal (Sekjen) Kementerian ESDM Tom Harrow mengatakan. Sekjen Kemenlu Ann Oduya hadir. Sekjen PBB Antonio Guterres hadir.';
    assert.deepEqual(texts(text, 'leader'), ['Antonio Guterres']);
  });

  it('reads a capitalised verb of saying after a quote as no given name ("Jelas Luhut")', () => {
    assert.deepEqual(texts('"Dana itu besar," Jelas Luhut dalam acara.', 'leader'), ['Luhut']);
  });

  it('reads the office after a verb of holding it, with a one-word name and adverbs between', () => {
    assert.deepEqual(
      mentions('Ramli menjadi Bupati Kutai Kartanegara sejak 1999. Penyidik memanggil Darsono. Darsono sudah menjadi Mensos.', 'leader').map((a) => [a.text, a.role]),
      [['Ramli', 'Bupati Kutai Kartanegara'], ['Darsono', undefined], ['Darsono', 'Mensos']],
    );
    // A title that names its state ("Ketua DPR RI") gives the office its country.
    const speaker = annotate('Budi Hartanto menjabat sebagai Ketua DPR RI.');
    assert.deepEqual(speaker.annotations.filter((a) => a.type === 'leader').map((a) => a.text), ['Budi Hartanto']);
    assert.equal(entityOf(speaker, 'Budi Hartanto').attributes.countryCode, 'ID');
    assert.deepEqual(texts('Jane Holloway became prime minister in 2031.', 'leader'), ['Jane Holloway']);
    assert.deepEqual(
      mentions('Before Tom Harrow took over as First Minister in May, Ann Oduya was sworn in as President of Chile and Kate Marsh was appointed Finance Minister of Fiji.', 'leader').map((a) => [a.text, a.role]),
      [['Tom Harrow', 'First Minister'], ['Ann Oduya', 'President of Chile'], ['Kate Marsh', 'Finance Minister of Fiji']],
    );
    assert.deepEqual(texts('Tom Harrow will be acting premier for the duration.', 'leader'), ['Tom Harrow']);
    assert.deepEqual(texts('He was named Prime Minister. Kate took over the Foreign Ministry.', 'leader'), []);
    // No name before the verb, or no leader's office after it.
    assert.deepEqual(texts('Ia menjadi Presiden. Jakarta menjadi Ibu Kota. Surabaya menjadi Kota Pahlawan.', 'leader'), []);
    assert.deepEqual(texts('Andi Wirawan menjadi tersangka. Andi menjadi Ketua Panitia.', 'leader'), []);
    // A noun of appointing that opens the sentence is no given name.
    assert.deepEqual(texts('Pengumuman Harrow menjadi menteri luar negeri disampaikan kemarin.', 'leader'), ['Harrow']);
  });

  it('reads an office after a name ended by a verb of saying, unless the name follows an office of its own', () => {
    assert.deepEqual(
      mentions('To recover, Tom Harrow, the Polish Finance Minister told Yonhap.', 'leader').map((a) => [a.text, a.role]),
      [['Tom Harrow', 'the Polish Finance Minister']],
    );
    assert.deepEqual(
      mentions('Ann Oduya, President of the ECOWAS Commission disclosed this on Monday.', 'leader').map((a) => [a.text, a.role]),
      [['Ann Oduya', 'President of the ECOWAS Commission']],
    );
    assert.deepEqual(texts("Attending was Morocco's Ambassador in Riyadh, Tom Harrow, the Saudi minister said.", 'leader'), []);
  });

  it('reads the speaker of a parliament named by its own name', () => {
    assert.deepEqual(
      mentions('The Speaker of the Saeima, Ann Oduya, said so. Speaker of the Knesset Tom Harrow agreed.', 'leader').map((a) => [a.text, a.role]),
      [['Ann Oduya', 'Speaker of the Saeima'], ['Tom Harrow', 'Speaker of the Knesset']],
    );
  });

  it('ends a name before a capitalised Indonesian verb, and finds a leader before a headline\'s verb and an event', () => {
    assert.deepEqual(texts('Menko Perekonomian Airlangga Hartarto Menyebut, ekspor naik.', 'leader'), ['Airlangga Hartarto']);
    assert.deepEqual(texts('Prabowo Hadiri SEA Games', 'leader'), ['Prabowo']);
  });

  it('reads no name in "Peraturan Presiden Nomor 44", and an abbreviation defined in parentheses is no leader', () => {
    assert.deepEqual(texts('Sesuai Peraturan Presiden Nomor 44 Tahun 2024, dana cair.', 'leader'), []);
    assert.deepEqual(texts('Presiden Prabowo memimpin Rapat Terbatas (Ratas) di Istana. Dalam Ratas itu dibahas anggaran.', 'leader'), ['Prabowo']);
    assert.deepEqual(texts('Presiden Joko Widodo (Jokowi) hadir. Jokowi berpidato.', 'leader'), ['Joko Widodo', 'Jokowi', 'Jokowi']);
  });

  it('reads a senator\'s style and a two-word retired rank between an office and its holder', () => {
    assert.deepEqual(
      mentions('Federal Minister for Finance and Revenue, Senator Muhammad Aurangzeb, presented the budget.', 'leader').map((a) => a.text),
      ['Muhammad Aurangzeb'],
    );
    assert.deepEqual(texts('Home affairs adviser Lt Gen (retd) Jahangir Alam Chowdhury said so.', 'leader'), ['Jahangir Alam Chowdhury']);
    assert.deepEqual(texts('Senator John Smith criticised the plan.', 'leader'), []);
  });

  it('reads the interim advisers of Bangladesh spelt "Advisor" as its ministers', () => {
    assert.deepEqual(
      mentions('Commerce Advisor Sheikh Bashir Uddin said exports rose.', 'leader').map((a) => [a.text, a.role]),
      [['Sheikh Bashir Uddin', 'Commerce Advisor']],
    );
  });

  it('reads "<name>, the Secretary for <portfolio>" as an apposition', () => {
    assert.deepEqual(texts('Recovery is evident, said Lei Wai Nong, the Secretary for Economy and Finance. Lei agreed.', 'leader'), ['Lei Wai Nong', 'Lei']);
  });

  it('reads no name in "Direktorat Jenderal Pengawasan" or "Ketua Fraksi PDIP"', () => {
    assert.deepEqual(texts('Kapal ditangkap oleh Direktorat Jenderal Pengawasan Sumber Daya Kelautan.', 'leader'), []);
    assert.deepEqual(texts('Ketua Fraksi PDIP DPRD provinsi Maluku mendukung.', 'leader'), []);
  });

  it('reads "Fed" without its article as the Federal Reserve in a title: "Ketua Fed Jerome Powell"', () => {
    assert.deepEqual(
      mentions('Ketua Fed Jerome Powell mengatakan hal itu. Gubernur Fed Powell juga.', 'leader').map((a) => [a.text, a.role]),
      [['Jerome Powell', 'Ketua Fed'], ['Powell', 'Gubernur Fed']],
    );
    assert.deepEqual(texts('Ketua Fed Jerome Powell mengatakan hal itu.', 'organization'), ['Fed']);
  });

  it('reads a title and a name on a numbered list line of their own, which no headline is', () => {
    assert.deepEqual(texts('Berikut daftarnya.\n2. Menkeu China Lan Foan\nSecara khusus, dia hadir. Lan Foan lalu pulang.', 'leader'), ['Lan Foan', 'Lan Foan']);
    // A title-case headline still says nothing about names.
    assert.deepEqual(texts('Menteri Perdagangan Bahas Tarif\nIa berbicara.', 'leader'), []);
  });

  it('reads no gazetteer leader in the surname of another name whose next word is no name alone ("Lee Sang Deok")', () => {
    assert.deepEqual(texts('Hadir Duta Besar Korea untuk Indonesia Lee Sang Deok.', 'leader'), []);
    assert.deepEqual(texts('Presiden Lee Jae-myung hadir. Lee Sang Deok juga. Lee berbicara.', 'leader'), ['Lee Jae-myung', 'Lee']);
  });

  it('reads an office "of the" state\'s official form, or "of the Republic" alone, before or after the name', () => {
    const roles = (text: string) => mentions(text, 'leader').map((a) => [a.text, a.role]);
    assert.deepEqual(roles('The President of the Republic of Ghana, Karim Nasser, spoke.'), [['Karim Nasser', 'President of the Republic of Ghana']]);
    assert.deepEqual(roles('the Prime Minister of the Kingdom of Morocco Aziz Akhannouch said.'), [['Aziz Akhannouch', 'Prime Minister of the Kingdom of Morocco']]);
    assert.deepEqual(roles('He met the President of the Republic, Karim Nasser, on Monday.'), [['Karim Nasser', 'President of the Republic']]);
    assert.deepEqual(roles('He met Karim Ould Cheikh El-Ghazouani, President of the Republic.'), [['Karim Ould Cheikh El-Ghazouani', 'President of the Republic']]);
    // A demonym after "of the" opens a party's name, not the state's.
    assert.deepEqual(texts('Thongloun Sisoulith, General Secretary of the Lao People’s Revolutionary Party, spoke.', 'leader'), ['Thongloun Sisoulith']);
  });

  it('reads no leader in a market index named after him ("Ho Chi Minh Stock Index")', () => {
    assert.deepEqual(texts('Sementara itu, Ho Chi Minh Stock Index naik 1,07%. Presiden Ho Chi Minh wafat 1969.', 'leader'), ['Ho Chi Minh']);
  });

  it('reads no rank in "the General Appropriations Bill"', () => {
    assert.deepEqual(texts('They await the General Appropriations Bill (GAB). It funds the General Public Services. The army chief, General Tom Harrow, said.', 'leader'), ['Tom Harrow']);
  });

  it('takes no surname after "Sen." and another given name for the leader\'s', () => {
    assert.deepEqual(texts('President Tom Harrow signed it. Harrow\'s sister Sen. Ann Harrow criticised it.', 'leader'), ['Tom Harrow', 'Harrow']);
  });

  it('links a long clip of a later part of the name ("Risma" of "Tri Rismaharini")', () => {
    assert.deepEqual(texts('Menteri Sosial Tri Wulandarini tiba. Setibanya di lokasi Wulan langsung berkoordinasi.', 'leader'), ['Tri Wulandarini', 'Wulan']);
  });

  it('links a later mention of the name without its initials ("Tom Harrow" of "Tom G. Harrow")', () => {
    assert.deepEqual(texts('Mantan Menteri Kominfo Tom G Harrow divonis. Tom Harrow membantah. Dari mulut Tom Harrow keluar bantahan. Harrow diam.', 'leader'), [
      'Tom G Harrow',
      'Tom Harrow',
      'Tom Harrow',
      'Harrow',
    ]);
    assert.deepEqual(texts('Foreign Minister Ann L.P. Oduya spoke. Ann Oduya then left.', 'leader'), ['Ann L.P. Oduya', 'Ann Oduya']);
  });

  it('leaves the style "Tuan Guru Bajang" out of the name, and reads its initials in brackets as his nickname', () => {
    assert.deepEqual(texts('Gubernur NTB, Tuan Guru Bajang M Zainul Arifin (TGB), meninjau. TGB menyapa warga.', 'leader'), ['M Zainul Arifin', 'TGB', 'TGB']);
  });

  it('leaves a ministry\'s acronym no list knows out of the name after an Indonesian title, but keeps South Asian initials', () => {
    assert.deepEqual(
      mentions('Wakil Menteri PKP Andi Wirawan meninjau lokasi. Upaya Kementerian PKP berlanjut, kata Andi.', 'leader').map((a) => [a.text, a.role]),
      [['Andi Wirawan', 'Wakil Menteri PKP'], ['Andi', undefined]],
    );
    assert.deepEqual(texts('Former industry minister KT Rama Rao said the state gained.', 'leader'), ['KT Rama Rao']);
  });
  it('reads the governor of a central bank the gazetteer names, also one no title word marks ("Maldives Monetary Authority")', () => {
    assert.deepEqual(
      mentions('The loan was approved, said Ali Rasheed, Governor of the Maldives Monetary Authority, on Monday.', 'leader').map((a) => [a.text, a.role]),
      [['Ali Rasheed', 'Governor of the Maldives Monetary Authority']],
    );
    assert.deepEqual(texts('Rates were held by Bank of Canada Governor Tom Harrow on Wednesday.', 'leader'), ['Tom Harrow']);
  });
  it('reads NATO\'s "Supreme Allied Commander Europe" as an office after the name', () => {
    assert.deepEqual(
      mentions('The plan was shown by Tom G. Harrow, NATO Supreme Allied Commander Europe, in Brussels.', 'leader').map((a) => [a.text, a.role]),
      [['Tom G. Harrow', 'NATO Supreme Allied Commander Europe']],
    );
  });
  it('reads a Swiss "Federal Councillor" as a title, and a variant spelling of a known leader\'s name as his', () => {
    assert.deepEqual(texts('Federal Councillor Tom Harrow said Switzerland would pay.', 'leader'), ['Tom Harrow']);
    const document = annotate('Hubungan antara Mahathir Muhammad dan Anwar Ibrahim memburuk. Mahathir diam.');
    assert.deepEqual(texts('Hubungan antara Mahathir Muhammad dan Anwar Ibrahim memburuk. Mahathir diam.', 'leader'), ['Mahathir Muhammad', 'Anwar Ibrahim', 'Mahathir']);
    assert.equal(entityOf(document, 'Mahathir Muhammad').id, entityOf(document, 'Mahathir').id);
  });
  it('reads an office set off after the name that goes on with the party he is from', () => {
    assert.deepEqual(texts('Tom Harrow, Deputy Prime Minister from the socialist Vooruit party, arrived first.', 'leader'), ['Tom Harrow']);
  });
  it('reads a border affairs minister\'s portfolio, and a rank between his office\'s comma and his name', () => {
    assert.deepEqual(texts('Rapat dihadiri Menteri Urusan Perbatasan Myanmar, Mayjen Andi Wirawan, kemarin.', 'leader'), ['Andi Wirawan']);
  });
  it('reads "Eng." as a courtesy title before a name, and Malay portfolio words ("Kewangan", "Pelaburan")', () => {
    assert.deepEqual(
      mentions('The Minister of Water and Energy, Eng. Habte Worku, said Ethiopia would sell power.', 'leader').map((a) => [a.text, a.role]),
      [['Habte Worku', 'Minister of Water and Energy']],
    );
    assert.deepEqual(texts('Menteri Kewangan Anwar Salleh berkata. Menteri Pelaburan Zainal Abidin hadir.', 'leader'), ['Anwar Salleh', 'Zainal Abidin']);
  });
  it('finds a known leader before an English headline\'s verb and an event, but not in a body named after a leader', () => {
    assert.deepEqual(texts('Tokayev, Putin Hold Talks in Astana', 'leader'), ['Tokayev', 'Putin']);
    assert.deepEqual(texts('Putin Holds Summit With Central Asian Leaders', 'leader'), ['Putin']);
    assert.deepEqual(texts('A berth is planned at the Jawaharlal Nehru Port Authority near Mumbai.', 'leader'), []);
  });
  it('reads a region after "for" or "untuk" as an office\'s portfolio ("Minister for Europe", "Menteri untuk Wilayah Utara Australia")', () => {
    assert.deepEqual(
      mentions('Minister for Europe Stephen Doughty arrived in Jakarta on Monday.', 'leader').map((a) => [a.text, a.role]),
      [['Stephen Doughty', 'Minister for Europe']],
    );
    assert.deepEqual(texts('Minister for Northern Australia Daniel Brooks arrived.', 'leader'), ['Daniel Brooks']);
    // An English portfolio in lower case after a title's "for" or "of".
    assert.deepEqual(
      mentions('South Sudan minister for humanitarian affairs and disaster management Deng Mabior Kuol says the floods are dire.', 'leader').map((a) => [a.text, a.role]),
      [['Deng Mabior Kuol', 'minister for humanitarian affairs and disaster management']],
    );
    assert.deepEqual(texts('The minister for trade said Deng Mabior Kuol was right.', 'leader'), []);
    // A title that holds "for" and a portfolio ends in a region after "and".
    assert.deepEqual(
      mentions('Minister for Trade and Northern Australia Daniel Brooks arrived.', 'leader').map((a) => [a.text, a.role]),
      [['Daniel Brooks', 'Minister for Trade and Northern Australia']],
    );
    assert.deepEqual(
      mentions('Menteri Pertanian dan Menteri untuk Wilayah Utara Australia Daniel Brooks menegaskan keamanan pangan.', 'leader').map((a) => [a.text, a.role]),
      [['Daniel Brooks', 'Menteri untuk Wilayah Utara Australia']],
    );
  });
  it('reads the government or years a former office served under before the name, and a short name with the family name after "atau"', () => {
    assert.deepEqual(
      mentions('Jaksa menetapkan mantan Menteri Perdagangan (Mendag) di Era Joko Widodo (Jokowi), Bambang Sutrisno Harahap atau Beni Harahap sebagai tersangka. Beni Harahap membantah.', 'leader').map((a) => [a.text, a.role]),
      [
        ['Joko Widodo', undefined],
        ['Jokowi', undefined],
        ['Bambang Sutrisno Harahap', 'mantan Menteri Perdagangan (Mendag) di Era Joko Widodo (Jokowi)'],
        ['Beni Harahap', undefined],
        ['Beni Harahap', undefined],
      ],
    );
    assert.deepEqual(texts('Mantan Menteri Perdagangan periode 2015-2016, Wahyu Pranoto hadir.', 'leader'), ['Wahyu Pranoto']);
    // "atau" between two people: no shared family name, no nickname.
    assert.deepEqual(texts('Menteri Pertanian Andi Sulaiman atau Menteri Perdagangan Budi Santoso akan hadir.', 'leader'), ['Andi Sulaiman', 'Budi Santoso']);
  });
  it('reads a country\'s word before a patronymic as a given name ("Turki bin Abdullah"), and "Technologies" as a portfolio', () => {
    const document = annotate('Mr. Turki bin Abdullah Al-Shabanah, the Saudi Minister of Tourism, met investors.');
    assert.deepEqual(
      document.annotations.filter((a) => a.type === 'leader' || a.type === 'country').map((a) => [a.type, a.text]),
      [
        ['leader', 'Turki bin Abdullah Al-Shabanah'],
        ['country', 'Saudi'],
      ],
    );
    assert.deepEqual(texts('The Minister of Transport, Communications and Technologies Rauf Aliyev said.', 'leader'), ['Rauf Aliyev']);
  });
  it('reads no leader in the vice president of a body ("Vice President of the World Bank"), but a state\'s vice president is one', () => {
    assert.deepEqual(texts('He met the Vice President of the World Bank, Karim Haddad, on Monday. Wakil Presiden Bank Dunia Karim Haddad hadir.', 'leader'), []);
    assert.deepEqual(texts('Vice President Sara Duterte met the Vice President of Indonesia, Gibran Rakabuming Raka.', 'leader'), ['Sara Duterte', 'Gibran Rakabuming Raka']);
  });

  it('reads "state assets minister" after a name, and "European Integration" in a long title before one', () => {
    assert.deepEqual(texts("The deal was signed by Tom Harrow, Poland's state assets minister, on Monday. Harrow said it was good.", 'leader'), ['Tom Harrow', 'Harrow']);
    assert.deepEqual(texts('Minister of Foreign Affairs and European Integration Tom Harrow said the talks went well on Monday in the capital.', 'leader'), ['Tom Harrow']);
  });
  it('reads no name on the line after a title-case headline that ends in a title, unless the gazetteer knows it', () => {
    const text = 'Jokowi Temui PM dan Presiden India\nPerayaan ini berlangsung meriah di New Delhi.';
    assert.deepEqual(texts(text, 'leader'), ['Jokowi']);
    assert.deepEqual(texts('Jokowi Temui PM dan Presiden India\nNarendra Modi menyambutnya di New Delhi.', 'leader'), ['Jokowi', 'Narendra Modi']);
  });

  it('reads no person in "Members of the Press" after a title, skips "Cde" before a name and reads no name in "Amb."', () => {
    assert.deepEqual(texts('Cabinet Minister, Members of the Press, as you are aware, the loan is large.', 'leader'), []);
    assert.deepEqual(texts('This follows Cde Mnangagwa\u2019s visit to China last week.', 'leader'), ['Mnangagwa']);
    assert.deepEqual(texts('Deputy Secretary General OECD Amb. Harriet Oduya said.', 'leader'), []);
  });

  it('ends a headline\'s name at a capitalised Indonesian verb ("Menteri Harun Anggap Forum Itu Baik")', () => {
    const text = 'Menteri Harun Anggap Forum Itu Baik\nMenteri Luar Negeri Harun Prasetyo mengatakan forum itu baik. Harun menambahkan, kerja sama berlanjut.';
    assert.deepEqual(texts(text, 'leader'), ['Harun', 'Harun Prasetyo', 'Harun']);
  });

  it('ends a name before "-led", reads known leaders after "Presidents X and Y" mid-sentence and after a rank with no dot', () => {
    assert.deepEqual(texts('They toppled the democratically-elected President Mohamed Bazoum-led government in a coup.', 'leader'), ['Mohamed Bazoum']);
    assert.deepEqual(texts('The press conference was given by Presidents Macron and Biya.', 'leader'), ['Macron', 'Biya']);
    assert.deepEqual(texts('Mahamat Déby won the vote. Critics argue that Gen Déby\u2019s election changed little; Gen Z voters stayed home.', 'leader'), ['Mahamat Déby', 'Déby']);
  });

  it('takes a given name and a nickname in quotes before a known name, and nicknames of two words after a title', () => {
    assert.deepEqual(texts('Mantan senator Ferdinand \u2018Bongbong\u2019 Marcos Jr memimpin perolehan suara.', 'leader'), ['Ferdinand \u2018Bongbong\u2019 Marcos Jr']);
    assert.deepEqual(texts('Wali Kota Manila Fransisco \u201cIsko Moreno\u201d Domagoso meraih suara.', 'leader'), ['Fransisco \u201cIsko Moreno\u201d Domagoso']);
    // Only a given name of the leader's own: someone else's nickname stays apart.
    assert.deepEqual(texts('Imelda \u201cMeldy\u201d Marcos hadir.', 'leader'), []);
    assert.deepEqual(texts('Mantan presiden itu, Joko \u201cJokowi\u201d Widodo, hadir di Solo. Jokowi pulang.', 'leader'), ['Joko \u201cJokowi\u201d Widodo', 'Jokowi']);
    assert.deepEqual(texts('Warga Joko \u201cJokowi\u201d Santoso hadir.', 'leader'), ['Jokowi']);
  });

  it('reads a headline\'s short form that the text gives after a title alone as well as in full ("Presiden Sisi", "Abdel Fattah El Sisi")', () => {
    const text = 'Prabowo dan Sisi Sepakati Kerja Sama\nPresiden Mesir Abdel Fattah El Sisi menyambut tamunya. Ia berdiskusi dengan Presiden Sisi soal Gaza.';
    assert.deepEqual(texts(text, 'leader'), ['Prabowo', 'Sisi', 'Abdel Fattah El Sisi', 'Sisi']);
  });

  it('reads no name in the office "Amirulhaj" nor in a sentence\'s opening "Hadir"', () => {
    assert.deepEqual(texts('Ketua Amirulhaj Nasaruddin Umar hadir. Sebagai Amirulhaj, ia memimpin.', 'leader'), ['Nasaruddin Umar']);
    assert.deepEqual(texts('Hadir Rudi Hartanto selaku Menteri Perdagangan.', 'leader'), ['Rudi Hartanto']);
  });

  it('reads the Greenlandic minister\'s title, with a gloss in brackets before the portfolio after a name', () => {
    const text = 'We met Vivian Motzfeldt, Greenland\u2019s Naalakkersuisoq (equivalent to Minister) for Foreign Affairs, in Nuuk. Naalakkersuisoq for Finance Erik Jensen spoke.';
    assert.deepEqual(texts(text, 'leader'), ['Vivian Motzfeldt', 'Erik Jensen']);
  });

  it('reads a leader\'s predecessor or successor named after the word, and no coach\'s', () => {
    assert.deepEqual(texts('Deputy President Kithure Kindiki dismissed claims by his predecessor, Rigathi Gachagua, on Monday.', 'leader'), ['Kithure Kindiki', 'Rigathi Gachagua']);
    assert.deepEqual(texts('Presiden Prabowo Subianto dan pendahulunya, Joko Widodo, hadir.', 'leader'), ['Prabowo Subianto', 'Joko Widodo']);
    assert.deepEqual(texts('The coach and his predecessor, John Smith, met the players.', 'leader'), []);
  });

  it('knows the former fisheries ministers Susi Pudjiastuti and Edhy Prabowo', () => {
    const text = 'Penenggelaman Kapal Dimulai Susi, Disetop Edhy Prabowo\nRatusan kapal telah ditenggelamkan Susi sejak menjabat. Edhy melanjutkan.';
    assert.deepEqual(texts(text, 'leader'), ['Susi', 'Edhy Prabowo', 'Susi', 'Edhy']);
    assert.deepEqual(texts('Pebulu tangkis Susi Susanti hadir.', 'leader'), []);
  });

  it('reads a known leader after an adviser\'s title that is his own office, and no "Advisor" or "Presidential" in a name', () => {
    assert.deepEqual(texts('Secretary of State and National Security Advisor Marco Rubio met them.', 'leader'), ['Marco Rubio']);
    assert.deepEqual(texts('The delegation: Mr. Osman Saleh, Minister of Foreign Affairs, Presidential Advisor Mr. Yemane Gebreab and others.', 'leader'), ['Osman Saleh']);
    // Someone's aide: not the leader's office.
    assert.deepEqual(texts('Didampingi penasihat Mayor Teddy Indra Wijaya, ia tiba.', 'leader'), []);
  });

  it('reads no leader in his son\'s name ("Donald Trump Jr."), but "Marcos Jr." is the leader of that name', () => {
    const text = 'Donald Trump Jr. spoke. President Donald Trump smiled. Trump Jr said more. Bongbong Marcos Jr. and Marcos Jr came.';
    assert.deepEqual(texts(text, 'leader'), ['Donald Trump', 'Bongbong Marcos Jr.', 'Marcos Jr']);
  });

  it('reads no known leader in a company head\'s name right after the company ("PT Dirgantara Indonesia Budi Santoso")', () => {
    assert.deepEqual(texts('Direktur Utama PT Dirgantara Indonesia Budi Santoso menekan sirene. Menteri Perdagangan Budi Santoso hadir.', 'leader'), ['Budi Santoso']);
    // A one-word outlet's name is also a common word: "Antara" is "between".
    assert.deepEqual(texts('Antara Prabowo dan menteri pertahanan Prancis ada kesepakatan.', 'leader'), ['Prabowo']);
  });

  it('reads "Brigadir Jenderal" as the rank "Brigjen", no general\'s command', () => {
    assert.deepEqual(texts('Kepala Biro Informasi Pertahanan, Brigadir Jenderal TNI Frega Inkiriwang, hadir. Jenderal TNI Agus Subiyanto juga.', 'leader'), ['Agus Subiyanto']);
  });

  it('reads a Korean given name written without its hyphen ("Moon Jaein")', () => {
    assert.deepEqual(texts('It happened during the Moon Jaein administration.', 'leader'), ['Moon Jaein']);
  });

  it('reads a name in a salutation line ending with a comma, which no headline does', () => {
    const text = 'The statement:\nHer Excellency Prime Minister Dr. Harini Amarasooriya,\nHonourable Ministers, Distinguished Representatives,\nGood morning.';
    assert.deepEqual(texts(text, 'leader'), ['Harini Amarasooriya']);
  });

  it('reads the hajj minister\'s title, and "setempat" between an office and the name as its jurisdiction', () => {
    const text = 'Undangan disampaikan Tawfiq F Rabiah selaku Menteri Haji dan Umrah Arab Saudi. Lalu Menteri Haji dan Umrah setempat M Taufiq Alrabiah hadir.';
    assert.deepEqual(texts(text, 'leader'), ['Tawfiq F Rabiah', 'M Taufiq Alrabiah']);
    assert.deepEqual(texts('Pada hari itu Gubernur setempat Khalid Al Faisal hadir.', 'leader'), ['Khalid Al Faisal']);
  });

  it('knows spellings "Volodimir Zelenski", "Abdourahamane Tiani" and "Yoon Seok-yeol"', () => {
    assert.deepEqual(texts('The war between Volodimir Zelenski\u2019s Ukraine and Russia goes on.', 'leader'), ['Volodimir Zelenski']);
    assert.deepEqual(texts('Leaders of the three states were there. Brig. Gen. Abdourahamane Tiani spoke about the plan.', 'leader'), ['Abdourahamane Tiani']);
    assert.deepEqual(texts('Diketahui, Yoon Seok-yeol telah memenangkan pemilihan.', 'leader'), ['Yoon Seok-yeol']);
  });

  it('reads no leader in a body\'s name after a title ("Suruhanjaya Pilihan Raya", "Koalisi"), nor "Wanita" before a name', () => {
    assert.deepEqual(texts('Ketua Suruhanjaya Pilihan Raya (SPR) Malaysia Abdul Ghani Salleh menyampaikan hasil.', 'leader'), []);
    assert.deepEqual(texts('Peter Dutton, pemimpin Koalisi Liberal-Nasional, kalah.', 'leader'), ['Peter Dutton']);
    assert.deepEqual(texts('Perdana Menteri Wanita Sanae Takaichi menang.', 'leader'), ['Sanae Takaichi']);
  });

  it('reads no leader after a bare "Sekjen" of no body, but one after "Minister Secretary General"', () => {
    assert.deepEqual(texts('Sekjen Oscar Primadi mengungkapkan apresiasi WHO.', 'leader'), []);
    assert.deepEqual(texts('Menanggapi hal itu, Sekjen Oscar Primadi mengatakan hal itu baik.', 'leader'), []);
    // A body no list knows may be named before the title.
    assert.deepEqual(texts('GRS secretary-general Datuk Seri Masidi Manjun said the budget passed.', 'leader'), ['Datuk Seri Masidi Manjun']);
    assert.deepEqual(texts('Pacific Islands Forum Secretary General Baron Waqa said the plan was good.', 'leader'), ['Baron Waqa']);
    assert.deepEqual(texts('She joined the cabinet as Minister Secretary General Camila Vallejo said.', 'leader'), ['Camila Vallejo']);
  });

  it('reads a title that ends the name of a body as part of it, Malaysian chief ministers, and no name in "Armed Forces"', () => {
    assert.deepEqual(texts('Anggota Dewan Pertimbangan Presiden Gandi Sulistiyanto hadir di Istana.', 'leader'), []);
    const sabah = mentions('Ketua Menteri Sabah Datuk Seri Hajiji Noor tiba di Jakarta.', 'leader');
    assert.deepEqual(sabah.map((leader) => [leader.text, leader.role]), [['Datuk Seri Hajiji Noor', 'Ketua Menteri Sabah']]);
    assert.deepEqual(texts('He is Supreme Commander of the UAE Armed Forces and met the Commander of the UAE Air Force.', 'leader'), []);
  });

  it('reads the army commands Kopassus and Kostrad as bodies, and renewable energy as a portfolio', () => {
    assert.deepEqual(texts('Prabowo dilantik sebagai Komandan Jenderal Kopassus pada 1995.', 'leader'), ['Prabowo']);
    assert.deepEqual(texts('Panglima Kostrad Letjen Prabowo Subianto hadir.', 'leader'), ['Prabowo Subianto']);
    assert.deepEqual(texts('Minister of Electricity, Water and Renewable Energy Dr. Jassem Al-Ostad signed it.', 'leader'), ['Jassem Al-Ostad']);
  });

  it('reads the misspelt title "Prime Minster"', () => {
    assert.deepEqual(texts('Prime Minster Tuilaepa said Samoa is only interested in what was promised.', 'leader'), ['Tuilaepa']);
  });

  it('reads no leader in a special envoy, a ship named after a leader, or a consort named with her monarch', () => {
    assert.deepEqual(texts('Lebanon must act, US special envoy Tom Barrack told reporters in Beirut.', 'leader'), []);
    assert.deepEqual(texts('Menhan meninjau kapal induk Charles de Gaulle di Jakarta. The USS Ronald Reagan docked in Manila.', 'leader'), []);
    assert.deepEqual(texts('Raja Belanda Willem-Alexander bersama Ratu Maxima tiba di Jakarta.', 'leader'), ['Willem-Alexander']);
    assert.deepEqual(texts('Presiden diterima oleh Raja Willem, Raja Belanda dan Ratu Maxima di istana.', 'leader'), ['Willem']);
  });

  it('knows Luhut by his name without "Binsar" and by its spelling "Panjaitan"', () => {
    assert.deepEqual(texts('Presiden Jokowi menerima Luhut Pandjaitan di Istana, lalu Luhut Binsar Panjaitan pulang.', 'leader'), ['Jokowi', 'Luhut Pandjaitan', 'Luhut Binsar Panjaitan']);
  });

  it('keeps the honorifics Sayyid, Sayyed and Seyyed in the name', () => {
    assert.deepEqual(texts('Hezbollah chief Sayyed Hassan Nasrallah said. Supreme Leader Ayatollah Seyyed Ali Khamenei said.', 'leader'), ['Sayyed Hassan Nasrallah', 'Ayatollah Seyyed Ali Khamenei']);
  });

  it('reads Kenya\'s "CS" as a cabinet secretary\'s title', () => {
    assert.deepEqual(texts('Treasury CS John Mbadi has responded to the MPs. Mbadi said the tax stays.', 'leader'), ['John Mbadi', 'Mbadi']);
  });

  it('knows Uganda\'s Idi Amin and Kizza Besigye, and Museveni and Farmajo by their full names', () => {
    const text = 'Since the fall of Idi Amin, Yoweri Kaguta Museveni has ruled; former presidential candidate Kizza Besigye is held. Somalia under Mohamed Abdullahi Farmajo agreed.';
    assert.deepEqual(texts(text, 'leader'), ['Idi Amin', 'Yoweri Kaguta Museveni', 'Kizza Besigye', 'Mohamed Abdullahi Farmajo']);
  });

  it('keeps a capitalised "Ad Interim" out of the name after the title', () => {
    assert.deepEqual(texts('Menko Marves Ad Interim Erick Thohir menilai kebijakan itu tepat.', 'leader'), ['Erick Thohir']);
  });

  it('knows Australian and New Zealand ministers named without a title, and reads no title in a company\'s name', () => {
    assert.deepEqual(texts('The budget, with Jim Chalmers conceding the world has changed, pleased Shane Jones.', 'leader'), ['Jim Chalmers', 'Shane Jones']);
    assert.deepEqual(texts('PT Mitra Rubber membutuhkan 500 pekerja baru.', 'leader'), []);
  });

  it('reads no name in a regulation\'s number ("Peraturan Menteri KP No. 56")', () => {
    assert.deepEqual(texts('Sesuai Peraturan Menteri KP No. 56 tahun 2016, ekspor dilarang.', 'leader'), []);
  });

  it('reads The Star\'s spelling "Mentri Besar" as the chief minister\'s title', () => {
    assert.deepEqual(texts('Mentri Besar Datuk Onn Hafiz Ghazi said the state would grow. Onn Hafiz added more.', 'leader'), ['Datuk Onn Hafiz Ghazi', 'Onn Hafiz']);
  });

  it('reads a leader before "the" and a stance word before the office ("the conservative premier", "the centre-left prime minister")', () => {
    const found = mentions('The talks ended. Hendrik Wüst, the conservative premier of North Rhine-Westphalia, agreed. John Ruiz, the centre-left prime minister, agreed.', 'leader');
    assert.deepEqual(found.map((m) => [m.text, m.role]), [['Hendrik Wüst', 'the conservative premier'], ['John Ruiz', 'the centre-left prime minister']]);
  });

  it('reads a city or region before the office as the office\'s country ("the Osaka governor")', () => {
    const document = annotate('The plan was approved. Hirofumi Yoshimura, the Osaka governor, said the city would pay.');
    assert.equal(entityOf(document, 'Hirofumi Yoshimura').attributes.countryCode, 'JP');
  });

  it('reads the UN refugee and human rights chiefs\' titles in both languages', () => {
    assert.deepEqual(texts('Komisaris Tinggi PBB untuk Pengungsi Filippo Grandi mengatakan hal itu.', 'leader'), ['Filippo Grandi']);
    assert.deepEqual(texts('The UN human rights chief Volker Türk agreed with the UN High Commissioner for Refugees, Filippo Grandi.', 'leader'), ['Volker Türk', 'Filippo Grandi']);
  });

  it('reads no leader in the name of an air base or a military command named after a sultan', () => {
    assert.deepEqual(texts('Pesawat berangkat dari Lanud Sultan Iskandar Muda, Aceh. Prajurit Kodam Iskandar Muda ikut.', 'leader'), []);
  });

  it('reads a title whose portfolios are listed with commas up to the name ("Minister of International Trade, Export Promotion, ... Mary Ng")', () => {
    const found = mentions('Mendag bertemu Menteri Perdagangan Internasional, Promosi Ekspor, Usaha Kecil, dan Pembangunan Ekonomi Kanada Mary Ng di Detroit. Mary Ng menyampaikan harapannya.', 'leader');
    assert.deepEqual(found.map((m) => m.text), ['Mary Ng', 'Mary Ng']);
    assert.equal(found[0]!.role, 'Menteri Perdagangan Internasional, Promosi Ekspor, Usaha Kecil, dan Pembangunan Ekonomi Kanada');
  });

  it('reads no leader after a civic body\'s lower-case head title ("electoral commission president", "football federation president")', () => {
    assert.deepEqual(texts('It was announced by electoral commission president Ibrahime Kuibiert Coulibaly and football federation president John Moyo.', 'leader'), []);
    assert.deepEqual(texts('European Commission president Ursula von der Leyen agreed, as did party president John Banda.', 'leader'), ['Ursula von der Leyen', 'John Banda']);
  });

  it('reads an international body named right after the office in Indonesian ("Masatsugu Asakawa, President ADB dalam ...")', () => {
    assert.deepEqual(texts('Hal itu dikatakan Masatsugu Asakawa, President ADB dalam keterangannya.', 'leader'), ['Masatsugu Asakawa']);
  });

  it('reads no name in a project\'s name after "Ketua" ("Ketua Proyek Frigat Merah Putih")', () => {
    assert.deepEqual(texts('Bintoro yang menjabat Ketua Proyek Frigat Merah Putih mengatakan kapal selesai.', 'leader'), []);
  });

  it('knows Arifin Tasrif, energy minister until 2024, named without a title', () => {
    assert.deepEqual(texts('Dalam serah terima jabatan dengan Arifin Tasrif, Bahlil berterima kasih.', 'leader'), ['Arifin Tasrif', 'Bahlil']);
  });

  it('reads no leader in a country\'s whole name after a title and a comma, nor after a vice-chairman\'s title; knows "DPM"', () => {
    assert.deepEqual(texts('IMF chief, Sri Lanka President discuss economic reforms', 'leader'), []);
    assert.deepEqual(texts('The commission\'s Vice-Chairman Min Bahadur Shrestha said the plan was ready.', 'leader'), []);
    assert.deepEqual(texts('DPM Dar said Pakistan would repay.', 'leader'), ['Dar']);
  });

  it('keeps the Balinese "Sang" in the name and reads "Pelindungan" as a portfolio word', () => {
    assert.deepEqual(texts('Pj Gubernur Bali Sang Made Mahendra Jaya mengatakan pungutan berlaku. Sang presiden datang.', 'leader'), ['Sang Made Mahendra Jaya']);
    assert.deepEqual(texts('Wakil Menteri Pelindungan Pekerja Migran Indonesia Christina Aryani hadir.', 'leader'), ['Christina Aryani']);
  });

  it('reads Zimbabwe\'s "Cde" (comrade) between a title and the name', () => {
    assert.deepEqual(texts('Minister Cde Oppah Muchinguri-Kashiri said the land would be shared.', 'leader'), ['Oppah Muchinguri-Kashiri']);
  });

  it('reads no name in "Mitra Strategis Komprehensif" after the counterpart word', () => {
    assert.deepEqual(texts('Jepang menjadi Mitra Strategis Komprehensif Indonesia sejak lama.', 'leader'), []);
  });

  it('knows former Indonesian coordinating ministers and party chairs, Thai, Cambodian and Ivorian figures named without a title', () => {
    assert.deepEqual(texts('Pendiri Hanura, Wiranto, hadir bersama Aburizal Bakrie, Hatta Rajasa dan Sandi Uno.', 'leader'), ['Wiranto', 'Aburizal Bakrie', 'Hatta Rajasa', 'Sandi Uno']);
    assert.deepEqual(texts('Pichai Chunhavajira met Sun Chanthol and Tidjane Thiam.', 'leader'), ['Pichai Chunhavajira', 'Sun Chanthol', 'Tidjane Thiam']);
  });

  it('knows Scotland\'s first minister John Swinney, Angela Rayner and Nigel Lawson named without a title', () => {
    assert.deepEqual(texts('John Swinney said so, and Angela Rayner agreed with Nigel Lawson.', 'leader'), ['John Swinney', 'Angela Rayner', 'Nigel Lawson']);
  });

  it('knows Setya Novanto and Johnny G. Plate by their full names and the spellings papers use', () => {
    assert.deepEqual(texts('Kasus Johnny Gerard Plate, Jhonny G Plate dan Setya Novanto disorot.', 'leader'), ['Johnny Gerard Plate', 'Jhonny G Plate', 'Setya Novanto']);
  });

  it('knows regional figures Pilkada stories name as candidates, and reads no name in the court\'s "MK" after "Ketua"', () => {
    assert.deepEqual(texts('Pasangan Edy Rahmayadi melawan Bobby; Risma kalah, Rano Karno dan Taj Yasin dilantik.', 'leader'), ['Edy Rahmayadi', 'Risma', 'Rano Karno', 'Taj Yasin']);
    assert.deepEqual(texts('Ketua MK Anwar Usman membacakan putusan. MK menolak gugatan.', 'leader'), []);
  });
});
