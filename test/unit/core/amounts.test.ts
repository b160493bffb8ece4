import { strict as assert } from 'node:assert';
import { Annotator, bundledResources, extendResources } from '../../../src/core';
import { amounts, mentions, texts } from './annotatorTestHelpers';

describe('amounts', () => {
  it('reads money in the Indonesian number convention', () => {
    assert.deepEqual(amounts('Targetnya 100 juta USD tahun ini.'), [['100 juta USD', 100_000_000, 'USD']]);
    assert.deepEqual(amounts('Nilainya Rp 1,5 triliun.'), [['Rp 1,5 triliun', 1_500_000_000_000, 'IDR']]);
    assert.deepEqual(amounts('Ekspor US$2,3 miliar.'), [['US$2,3 miliar', 2_300_000_000, 'USD']]);
    assert.deepEqual(amounts('Sebesar 20 miliar dolar.'), [['20 miliar dolar', 20_000_000_000, 'USD']]);
    assert.deepEqual(amounts('Kurs Rp 16.190 per dolar.'), [['Rp 16.190', 16_190, 'IDR']]);
    // Rupiah have no thousandths: a comma before three digits with no scale groups thousands.
    assert.deepEqual(amounts('Kurs Rp13,511 per dolar, harga Rp2,500 per kg, Rp 1,500 triliun.'), [
      ['Rp13,511', 13_511, 'IDR'],
      ['Rp2,500', 2_500, 'IDR'],
      ['Rp 1,500 triliun', 1_500_000_000_000, 'IDR'],
    ]);
    assert.deepEqual(amounts('Senilai 4,3 miliar dollar AS.'), [['4,3 miliar dollar AS', 4_300_000_000, 'USD']]);
    // "Sin$", as some outlets write the Singapore dollar's S$.
    assert.deepEqual(amounts('Disita US$ 50 ribu dan Sin$ 64 ribu.'), [
      ['US$ 50 ribu', 50_000, 'USD'],
      ['Sin$ 64 ribu', 64_000, 'SGD'],
    ]);
  });

  it('reads the leone (old "Le", new "NLe") and the dalasi ("D"), the letters only before a scale or grouped digits', () => {
    assert.deepEqual(amounts('Sierra Leone granted Le8.6 Trillion and a wage of Le600,000; revenue reached NLe 166.4 million, or 166.4 million leones.'), [
      ['Le8.6 Trillion', 8_600_000_000_000, 'SLL'],
      ['Le600,000', 600_000, 'SLL'],
      ['NLe 166.4 million', 166_400_000, 'SLE'],
      ['166.4 million leones', 166_400_000, 'SLE'],
    ]);
    assert.deepEqual(amounts('China pledges D2bln to The Gambia, nearly D2 billion; Vitamin D 3 tablets.'), [
      ['D2bln', 2_000_000_000, 'GMD'],
      ['D2 billion', 2_000_000_000, 'GMD'],
      ['3 tablets', 3, 'tablets'],
    ]);
    // Egypt writes its pound "LE": the country the article names decides.
    assert.deepEqual(amounts('Egypt earned LE 160 billion.'), [['LE 160 billion', 160_000_000_000, 'EGP']]);
  });

  it('reads the gas industry\'s units (MMscfd, MTPA, TCF) and cubic feet in Indonesian', () => {
    assert.deepEqual(amounts('Kilang LNG 9,5 MTPA dan gas pipa 80-100 MMscfd; potensi 6 triliun kaki kubik, sekitar 8 TCF.'), [
      ['9,5 MTPA', 9.5, 'MTPA'],
      ['80', 80, 'MMscfd'],
      ['100 MMscfd', 100, 'MMscfd'],
      ['6 triliun kaki kubik', 6_000_000_000_000, 'ft3'],
      ['8 TCF', 8, 'TCF'],
    ]);
    assert.deepEqual(amounts('Output is 1.8mbpd, 154 mmscf per day, 60 MMcmd and 3 Bcm; produksi 1.200 MMSCFD dan 600.000 BOPD.'), [
      ['1.8mbpd', 1.8, 'mbpd'],
      ['154 mmscf per day', 154, 'MMscfd'],
      ['60 MMcmd', 60, 'MMcmd'],
      ['3 Bcm', 3, 'bcm'],
      ['1.200 MMSCFD', 1200, 'MMscfd'],
      ['600.000 BOPD', 600_000, 'barrel/day'],
    ]);
  });

  it('reads the period a measure is given per as part of its unit, but not a time after the measure', () => {
    assert.deepEqual(amounts('It carries 110 million cubic metres per day, 2.60m barrels of oil per day and 9 bcm per annum.'), [
      ['110 million cubic metres per day', 110_000_000, 'm3/day'],
      ['2.60m barrels of oil per day', 2_600_000, 'barrel/day'],
      ['9 bcm per annum', 9, 'bcm/year'],
    ]);
    assert.deepEqual(amounts('Kapasitas 9,5 juta ton LNG per tahun dan 20 kilogram sayur setiap hari.'), [
      ['9,5 juta ton LNG per tahun', 9_500_000, 'ton/year'],
      ['20 kilogram sayur setiap hari', 20, 'kg/day'],
    ]);
    assert.deepEqual(amounts('It sold 5 tonnes a year ago.'), [['5 tonnes', 5, 'ton']]);
  });

  it('reads pence written against a number below a pound, and no resolution in pixels', () => {
    assert.deepEqual(amounts('A tax band of 45p-in-the-pound, taking the rate to 48p; duty fell 2.5p.'), [
      ['45p', 0.45, 'GBP'],
      ['48p', 0.48, 'GBP'],
      ['2.5p', 0.025, 'GBP'],
    ]);
    assert.deepEqual(amounts('The video is 1080p and page 45 p. 3 has it.'), []);
  });

  it('reads the same amounts in the English convention', () => {
    assert.deepEqual(amounts('Exports reached $2.3 billion.'), [['$2.3 billion', 2_300_000_000, 'USD']]);
    assert.deepEqual(amounts('Trade of 1,500,000 dollars.'), [['1,500,000 dollars', 1_500_000, 'USD']]);
    assert.deepEqual(amounts('A deal worth $10k.'), [['$10k', 10_000, 'USD']]);
    assert.deepEqual(amounts('Canberra owes A$1 billion.'), [['A$1 billion', 1_000_000_000, 'AUD']]);
    assert.deepEqual(amounts('A $3.5-billion port.'), [['$3.5-billion', 3_500_000_000, 'USD']]);
    assert.deepEqual(amounts('It cost 15 billion euros.'), [['15 billion euros', 15_000_000_000, 'EUR']]);
  });

  it('reads percentages, durations and measures', () => {
    assert.deepEqual(amounts('Tarif 19 persen dan 5,2 persen.'), [['19 persen', 19, '%'], ['5,2 persen', 5.2, '%']]);
    assert.deepEqual(amounts('Growth of 12% and 9.3%.'), [['12%', 12, '%'], ['9.3%', 9.3, '%']]);
    assert.deepEqual(amounts('Dihukum 15 tahun penjara.')[0]?.slice(1), [15, 'year']);
    assert.deepEqual(amounts('Jaraknya 2.000 km.'), [['2.000 km', 2000, 'km']]);
    assert.deepEqual(amounts('a 2,600km line'), [['2,600km', 2600, 'km']]);
  });

  it('reads number words and counted nouns', () => {
    assert.deepEqual(amounts('Mereka menandatangani delapan perjanjian.'), [['delapan perjanjian', 8, 'perjanjian']]);
    assert.deepEqual(amounts('Ada 19 dokumen.'), [['19 dokumen', 19, 'dokumen']]);
    assert.deepEqual(amounts('Sebanyak dua puluh tiga negara hadir.'), [['dua puluh tiga negara', 23, 'negara']]);
    assert.deepEqual(amounts('It took ten years.'), [['ten years', 10, 'year']]);
    assert.deepEqual(amounts('Kunjungan sehari dan sepekan.'), [['sehari', 1, 'day'], ['sepekan', 1, 'week']]);
    // A counted noun in capitals.
    assert.deepEqual(amounts('Ia bertemu 10 CEO Jepang; the 12 CEOs met.'), [['10 CEO', 10, 'CEO'], ['12 CEOs', 12, 'CEOs']]);
    // Government units and posts by their acronyms and heads' titles; siblings; a "se-" classifier word.
    assert.deepEqual(amounts('Dari 17 SKPD dan 5 kepala biro, baru 1 SKPD diperiksa bersama 3 BUMN.'), [
      ['17 SKPD', 17, 'SKPD'],
      ['5 kepala biro', 5, 'kepala biro'],
      ['1 SKPD', 1, 'SKPD'],
      ['3 BUMN', 3, 'BUMN'],
    ]);
    assert.deepEqual(amounts('Ia anak kedua dari tiga bersaudara dan menerima selembar kain.'), [['tiga bersaudara', 3, 'bersaudara'], ['selembar', 1, 'lembar']]);
    // A "se-" word's unit is its own: no bare number after it counts years.
    assert.deepEqual(amounts('Setahun berikutnya jumlahnya menjadi 9,4 juta.'), [['Setahun', 1, 'year']]);
    // A headline's number counts nothing of the next paragraph.
    assert.deepEqual(amounts('Target Wisman Tembus 11 Juta\n\nMenteri Pariwisata hadir.'), []);
    // An adverb after the number is no counted noun: the noun before "sebanyak" is.
    assert.deepEqual(amounts('Kuota sebanyak 20.000 seharusnya dibagikan.'), [['20.000', 20000, 'Kuota']]);
  });

  it('reads an English plural noun after a number as what it counts', () => {
    assert.deepEqual(amounts('The Causeway is used by about 300,000 travellers a day.'), [['300,000 travellers', 300000, 'travellers']]);
    assert.deepEqual(amounts('The minister said that the orders cover 18 air-defence systems.'), [['18 air-defence systems', 18, 'systems']]);
    assert.deepEqual(amounts('The agency said that twelve coastal hamlets were flooded.'), [['twelve coastal hamlets', 12, 'hamlets']]);
    assert.deepEqual(amounts('The Fund approved two very large loans.'), [['two very large loans', 2, 'loans']]);
    assert.deepEqual(amounts('The ministry said that 40 Japanese companies will invest.'), [['40 Japanese companies', 40, 'companies']]);
    assert.deepEqual(amounts('The ministry said that 150 Emirati and Saudi officials will attend.'), [['150 Emirati and Saudi officials', 150, 'officials']]);
    assert.deepEqual(amounts('Iraq is offering licenses for 30 oil and gas fields.'), [['30 oil and gas fields', 30, 'fields']]);
    // Not where "and" opens a new clause or joins two plurals.
    assert.deepEqual(amounts('Officials said 5 killed and dozens injured.'), []);
    assert.deepEqual(amounts('They sold 2 cars and trucks.'), [['2 cars', 2, 'cars']]);
    // Nor where a number word follows "and": it opens the next count.
    assert.deepEqual(amounts('He has one plan and two plans were rejected.'), [['two plans', 2, 'plans']]);
    // A place's or organisation's name between the number and a listed count noun; not a number word inside a name.
    assert.deepEqual(amounts('Leaders of five Mekong countries met, and India sent two Hercules aircraft.'), [
      ['five Mekong countries', 5, 'countries'],
      ['two Hercules aircraft', 2, 'aircraft'],
    ]);
    assert.deepEqual(amounts('Teddy told reporters at the Four Seasons hotel.'), []);
    assert.deepEqual(amounts('The army said that the North fired two short-range ballistic missiles.'), [['two short-range ballistic missiles', 2, 'missiles']]);
    // Not a plural: "-ss", "-us", "-is" endings and short words.
    assert.deepEqual(amounts('The rule says that section 12 was amended and that 3 is the minimum, not 9 plus 4.'), []);
    // Indonesian nouns carry no plural mark: a word no list knows is counted, a verb not.
    assert.deepEqual(amounts('Sebanyak 40 ruko dibangun.'), [['40 ruko', 40, 'ruko']]);
  });

  it('reads cents, pence and sen as fractions of their currency, and crowns by their country', () => {
    assert.deepEqual(amounts('Fares will rise by 40 to 60 cents, while stamps cost 85 pence more.'), [
      ['40', 0.4, 'USD'],
      ['60 cents', 0.6, 'USD'],
      ['85 pence', 0.85, 'GBP'],
    ]);
    assert.deepEqual(amounts('Johor will charge 3 sen per 1,000 gallons of raw water.'), [
      ['3 sen', 0.03, 'MYR'],
      ['1,000 gallons', 1000, 'gallon'],
    ]);
    assert.deepEqual(amounts('Saab won orders worth 390 billion Swedish crowns this year.'), [['390 billion Swedish crowns', 390e9, 'SEK']]);
    assert.deepEqual(amounts('Norway and its oil fund paid 12 billion crowns to Norway, said Oslo and Norway.'), [['12 billion crowns', 12e9, 'NOK']]);
  });

  it('reads African and Gulf currencies by symbol and name', () => {
    assert.deepEqual(amounts('Lagos approved a ₦1.8 trillion budget; Nairobi raised KSh 100 billion; Pretoria set aside R1.2 billion.'), [
      ['₦1.8 trillion', 1.8e12, 'NGN'],
      ['KSh 100 billion', 1e11, 'KES'],
      ['R1.2 billion', 1.2e9, 'ZAR'],
    ]);
    assert.deepEqual(amounts('Riyadh pledged SR 60 billion, Cairo 150 billion Egyptian pounds and Addis 30 billion birr for the terminal.'), [
      ['SR 60 billion', 6e10, 'SAR'],
      ['150 billion Egyptian pounds', 1.5e11, 'EGP'],
      ['30 billion birr', 3e10, 'ETB'],
    ]);
  });

  it('reads "one" with a singular noun, "other" before the noun, and kecamatan counts', () => {
    assert.deepEqual(amounts('Police said the blast killed at least one villager and one Cambodian soldier.'), [
      ['one villager', 1, 'villager'],
      ['one Cambodian soldier', 1, 'soldier'],
    ]);
    assert.deepEqual(amounts('Officials said two other children jumped and nine other proposals failed.'), [
      ['two other children', 2, 'children'],
      ['nine other proposals', 9, 'proposals'],
    ]);
    // A singular counts only after "one", and not in an idiom.
    assert.deepEqual(amounts('Officials said that at one point 11 business agreements were on the table.'), [['11 business agreements', 11, 'agreements']]);
    // A demonym and two more words between the number and the plural noun.
    assert.deepEqual(amounts('He said 11 Chinese coast guard ships were seen.'), [['11 Chinese coast guard ships', 11, 'ships']]);
    // A region's adjective (no demonym of one country) before the plural; a month never is one.
    assert.deepEqual(amounts('It joins 13 other European countries and 20 other Asian economies.'), [
      ['13 other European countries', 13, 'countries'],
      ['20 other Asian economies', 20, 'economies'],
    ]);
    assert.deepEqual(amounts('On 2 November ships arrived.'), []);
    // An adjective, then a name, before a listed count noun.
    assert.deepEqual(amounts('He will visit the three remaining Pacific Islands Forum countries and buy one more Dornier aircraft.'), [
      ['three remaining Pacific Islands Forum countries', 3, 'countries'],
      ['one more Dornier aircraft', 1, 'aircraft'],
    ]);
    // "ke" and "jalan" with a space before a number are "to" and "road", not ordinals or addresses.
    assert.deepEqual(amounts('Produksi turun ke 200 hingga 210 juta ton dan jalan 87 kilometer.'), [
      ['200', 200_000_000, 'ton'],
      ['210 juta ton', 210_000_000, 'ton'],
      ['87 kilometer', 87, 'km'],
    ]);
    assert.deepEqual(amounts('Indonesia berada di urutan ke-3.'), []);
    assert.deepEqual(amounts('Terdapat 176.000 WNI di Jepang; sembilan fraksi setuju dan satu tim tiba.'), [
      ['176.000 WNI', 176_000, 'WNI'],
      ['sembilan fraksi', 9, 'fraksi'],
      ['satu tim', 1, 'tim'],
    ]);
    assert.deepEqual(amounts('Prices fell to VNĐ5,600, against 7,800 VND a year ago.'), [
      ['VNĐ5,600', 5600, 'VND'],
      ['7,800 VND', 7800, 'VND'],
    ]);
    // A nation's people, counted ("280 Tuvaluans"); not a country mention.
    assert.deepEqual(amounts('Up to 280 Tuvaluans and 1,200 Indonesians a year.'), [
      ['280 Tuvaluans', 280, 'Tuvaluans'],
      ['1,200 Indonesians', 1200, 'Indonesians'],
    ]);
    // A region's people, a point of the compass before a nation's.
    assert.deepEqual(amounts('It employs 117,000 Western Australians.'), [['117,000 Western Australians', 117000, 'Australians']]);
    // "dari X menjadi Y persen" is a range sharing the unit, like "from X to Y percent".
    assert.deepEqual(amounts('Suku bunga naik dari 4,5 menjadi 5 persen, dari 5 ke 7 persen.'), [
      ['4,5', 4.5, '%'],
      ['5 persen', 5, '%'],
      ['5', 5, '%'],
      ['7 persen', 7, '%'],
    ]);
    assert.deepEqual(amounts('the 200-nautical-mile zone')[0]?.slice(1), [200, 'nmi']);
    assert.deepEqual(amounts('an 18-square-kilometer zone and a 500-square-metre plot'), [
      ['18-square-kilometer', 18, 'km2'],
      ['500-square-metre', 500, 'm2'],
    ]);
    // A number word hyphenated onto a word is part of it; a hyphenated fraction is a share.
    assert.deepEqual(amounts('He held a one-on-one meeting and 3 bilateral meetings.'), [['3 bilateral meetings', 3, 'meetings']]);
    assert.deepEqual(amounts('Traders went cloud nine especially businessmen, and 40 trucks crossed.'), [['40 trucks', 40, 'trucks']]);
    assert.deepEqual(amounts('Two-thirds of the members and twenty-one delegates voted.'), [['Two-thirds', 200 / 3, '%'], ['twenty-one delegates', 21, 'delegates']]);
    assert.deepEqual(amounts('A term of two and a half to three years, and a two-and-a-half-hour meeting.'), [
      ['two and a half', 2.5, 'year'],
      ['three years', 3, 'year'],
      ['two-and-a-half-hour', 2.5, 'hour'],
    ]);
    assert.deepEqual(amounts('Banjir melanda empat kecamatan dan 12 kelurahan.'), [
      ['empat kecamatan', 4, 'kecamatan'],
      ['12 kelurahan', 12, 'kelurahan'],
    ]);
  });

  it('counts across a model designation, whose own digits are no amount', () => {
    assert.deepEqual(amounts('The airline ordered 40 Boeing 737-800 aircraft and 32 F-16 fighter jets.'), [
      ['40 Boeing 737-800 aircraft', 40, 'aircraft'],
      ['32 F-16 fighter jets', 32, 'fighter jets'],
    ]);
    assert.deepEqual(amounts('It flies 12 Airbus A320 jets and 3 Su-35 fighters.'), [
      ['12 Airbus A320 jets', 12, 'jets'],
      ['3 Su-35 fighters', 3, 'fighters'],
    ]);
    assert.deepEqual(amounts('India donated sixty Kestrel LT-79 armoured vehicles.'), [['sixty Kestrel LT-79 armoured vehicles', 60, 'vehicles']]);
    assert.deepEqual(amounts('The Boeing 787 Dreamliner and a Boeing 737 aircraft landed.'), []);
    assert.deepEqual(amounts('Garuda menyewa 40 pesawat Boeing 737-800.'), [['40 pesawat', 40, 'pesawat']]);
    // A maker's name before a number with any other unit leaves it an amount.
    assert.deepEqual(amounts('Saham Pertamina 100 persen dimiliki negara.'), [['100 persen', 100, '%']]);
  });

  it('reads dirhams, riyals and taka written as Dh, QR and Tk, with crore and lakh', () => {
    assert.deepEqual(amounts('Deals worth Dh18 billion and QR4 billion were signed.'), [
      ['Dh18 billion', 18_000_000_000, 'AED'],
      ['QR4 billion', 4_000_000_000, 'QAR'],
    ]);
    assert.deepEqual(amounts('Inflows reached Tk 1,60,000 crore; the dollar sold at Tk 121.'), [
      ['Tk 1,60,000 crore', 1_600_000_000_000, 'BDT'],
      ['Tk 121', 121, 'BDT'],
    ]);
  });

  it('reads Indonesian count nouns of two words', () => {
    assert.deepEqual(amounts('Bank sentral kini memegang cadangan dalam enam mata uang.'), [['enam mata uang', 6, 'mata uang']]);
  });

  it('reads the naira\'s bare "N" only before a scale word or grouped digits', () => {
    assert.deepEqual(amounts('The state gets N200bn, then N50 billion and N150,000 per farmer, or NGN 3 billion.'), [
      ['N200bn', 200_000_000_000, 'NGN'],
      ['N50 billion', 50_000_000_000, 'NGN'],
      ['N150,000', 150_000, 'NGN'],
      ['NGN 3 billion', 3_000_000_000, 'NGN'],
    ]);
    assert.deepEqual(amounts('Nurses wore N95 masks on the N1 highway.'), []);
  });

  it('reads African, Turkish and Central European currency signs and codes', () => {
    assert.deepEqual(amounts('Accra raised GH¢1.2 billion, Cairo EGP 4 billion, Ankara TL 5 billion, Kampala USh 20 billion and Budapest 20 billion forints.'), [
      ['GH¢1.2 billion', 1_200_000_000, 'GHS'],
      ['EGP 4 billion', 4_000_000_000, 'EGP'],
      ['TL 5 billion', 5_000_000_000, 'TRY'],
      ['USh 20 billion', 20_000_000_000, 'UGX'],
      ['20 billion forints', 20_000_000_000, 'HUF'],
    ]);
  });

  it('reads watt-hours, the Fijian dollar and UMKM in Indonesian, and no count in "two-wheelers"', () => {
    assert.deepEqual(amounts('A plant of 2 GWh, then 5 TWh; India makes 40% of electric two-wheelers.'), [
      ['2 GWh', 2, 'GWh'],
      ['5 TWh', 5, 'TWh'],
      ['40%', 40, '%'],
    ]);
    assert.deepEqual(amounts('Fiji menambah 2 juta dolar Fiji untuk 25 UMKM.'), [
      ['2 juta dolar Fiji', 2_000_000, 'FJD'],
      ['25 UMKM', 25, 'UMKM'],
    ]);
    assert.deepEqual(amounts('Filipina menambah empat PLTU untuk 2,1 juta wisman.'), [
      ['empat PLTU', 4, 'PLTU'],
      ['2,1 juta wisman', 2_100_000, 'wisman'],
    ]);
  });

  it('reads "US dollar" after an Indonesian number, either way round, and cubic feet', () => {
    assert.deepEqual(amounts('Bantuan 1 juta US Dolar dan 3 juta dollar US.'), [
      ['1 juta US Dolar', 1_000_000, 'USD'],
      ['3 juta dollar US', 3_000_000, 'USD'],
    ]);
    assert.deepEqual(amounts('It exported 258 million cubic feet of gas.'), [['258 million cubic feet', 258_000_000, 'ft3']]);
  });

  it('reads the Philippine "P", Malaysian "bil"/"mil", som, złoty and a short scale apart from a currency', () => {
    assert.deepEqual(amounts('The loan of $672 million (about P37.18 billion) adds to PHP 3 billion; fill in the P5 form.'), [
      ['$672 million', 672_000_000, 'USD'],
      ['P37.18 billion', 37_180_000_000, 'PHP'],
      ['PHP 3 billion', 3_000_000_000, 'PHP'],
    ]);
    // The same "P" is Botswana's pula where the article is about Botswana.
    assert.deepEqual(amounts('Botswana will spend P66.9 billion, Gaborone said.'), [['P66.9 billion', 66_900_000_000, 'BWP']]);
    assert.deepEqual(amounts('Exports reached US$11.7bil, with RM300mil and RM1.2 bil in new orders.'), [
      ['US$11.7bil', 11_700_000_000, 'USD'],
      ['RM300mil', 300_000_000, 'MYR'],
      ['RM1.2 bil', 1_200_000_000, 'MYR'],
    ]);
    assert.deepEqual(amounts('India signs a US$ 340 m deal for a pier 340 m long.'), [
      ['US$ 340 m', 340_000_000, 'USD'],
      ['340 m', 340, 'm'],
    ]);
    assert.deepEqual(amounts('The Kyrgyz side brings 35 billion soms and Warsaw zł1 billion.'), [
      ['35 billion soms', 35_000_000_000, 'KGS'],
      ['zł1 billion', 1_000_000_000, 'PLN'],
    ]);
    // A unit of several words that starts with a scale word is the unit.
    assert.deepEqual(amounts('Kapal itu ditangkap 200 mil laut dari pantai.'), [['200 mil laut', 200, 'nmi']]);
    // Aviation's imperial measures.
    assert.deepEqual(amounts('Muatannya 22 ribu pon dan terbang di ketinggian 50 ribu kaki.'), [['22 ribu pon', 22000, 'lb'], ['50 ribu kaki', 50000, 'ft']]);
    assert.deepEqual(amounts('It flies at 50,000 feet and 600 knots with a 12-inch radar.'), [['50,000 feet', 50000, 'ft'], ['600 knots', 600, 'knot'], ['12-inch', 12, 'in']]);
  });

  it('multiplies a scale of a scale', () => {
    assert.deepEqual(amounts('The plan costs ₹2 lakh crore.'), [['₹2 lakh crore', 2e12, 'INR']]);
    assert.deepEqual(amounts('Utang pemerintah mencapai Rp 1 ribu triliun.'), [['Rp 1 ribu triliun', 1e15, 'IDR']]);
  });

  it('adds a smaller scale\'s number written after a larger one ("1 billion 800 million"), not one after a comma', () => {
    assert.deepEqual(amounts('Trade reached 1 billion 800 million US dollars; Rp 5 triliun 200 miliar; 2 juta 300 ribu orang.'), [
      ['1 billion 800 million US dollars', 1_800_000_000, 'USD'],
      ['Rp 5 triliun 200 miliar', 5_200_000_000_000, 'IDR'],
      ['2 juta 300 ribu orang', 2_300_000, 'orang'],
    ]);
    assert.ok(!amounts('Exports of 3 billion, 800 million dollars of it in oil.').some(([, value]) => value === 3_800_000_000));
  });

  it('keeps the minus sign written against a number', () => {
    assert.deepEqual(amounts('Growth was -6.5% after −0.3 percent (-2% a year earlier).'), [
      ['-6.5%', -6.5, '%'],
      ['−0.3 percent', -0.3, '%'],
      ['-2%', -2, '%'],
    ]);
    // A hyphen joining two numbers is a range, and one opening a line a bullet.
    assert.deepEqual(amounts('Prices rose 4-6%.\n-5 persen dari target.'), [
      ['4', 4, '%'],
      ['6%', 6, '%'],
      ['5 persen', 5, '%'],
    ]);
  });

  it('takes a shared currency name from the country named before it in its paragraph', () => {
    const text =
      'Mexico and Brazil led the talks. Mexico wants quotas, Mexico said.\n\nIn Buenos Aires, Argentina backs the deal; its central bank buys dollars at 1,450 pesos each.';
    assert.deepEqual(amounts(text), [['1,450 pesos', 1450, 'ARS']]);
    // Else the nearest named after it in the paragraph.
    assert.deepEqual(amounts('India and India again.\n\nThe deal, worth about Rs. 102 billion, was signed in Colombo on behalf of Sri Lanka.'), [
      ['Rs. 102 billion', 102_000_000_000, 'LKR'],
    ]);
    // With none named in the paragraph, the country the article names most.
    assert.deepEqual(amounts('Mexico and Brazil met. Mexico said so.\n\nThe peso fell to 18 pesos.'), [['18 pesos', 18, 'MXN']]);
  });

  it('reads riyals, rials, dinars and dirhams as the currency of the country that uses the name', () => {
    assert.deepEqual(amounts('Iraq passed a budget of 198 trillion Iraqi dinars, 64 trillion dinars of it for investment.\n\nJordan allocated 300 million dinars.'), [
      ['198 trillion Iraqi dinars', 198_000_000_000_000, 'IQD'],
      ['64 trillion dinars', 64_000_000_000_000, 'IQD'],
      ['300 million dinars', 300_000_000, 'JOD'],
    ]);
    assert.deepEqual(amounts('Oman spent 620 million rials. Morocco raised 4 billion dirhams.'), [
      ['620 million rials', 620_000_000, 'OMR'],
      ['4 billion dirhams', 4_000_000_000, 'MAD'],
    ]);
    assert.deepEqual(amounts('Qatar menyiapkan 5 juta riyal, Iran 9 miliar rial.'), [
      ['5 juta riyal', 5_000_000, 'QAR'],
      ['9 miliar rial', 9_000_000_000, 'IRR'],
    ]);
    // Naming none of them, the most used: riyals are Saudi, rials Iranian, dirhams Emirati.
    assert.deepEqual(amounts('Pilgrims paid 7,000 riyals and traders 40 dirhams.'), [
      ['7,000 riyals', 7000, 'SAR'],
      ['40 dirhams', 40, 'AED'],
    ]);
  });

  it('reads Mauritian and Seychellois rupees where those states are named, and N$ as the Namibian dollar', () => {
    assert.deepEqual(amounts('Mauritius will spend Rs 12.7 billion on roads, the Seychelles SCR 3 million, and Port Louis 500 Mauritian rupees.'), [
      ['Rs 12.7 billion', 12_700_000_000, 'MUR'],
      ['SCR 3 million', 3_000_000, 'SCR'],
      ['500 Mauritian rupees', 500, 'MUR'],
    ]);
    assert.deepEqual(amounts('Namibia pledged N$ 2 billion and N$500 million.'), [
      ['N$ 2 billion', 2_000_000_000, 'NAD'],
      ['N$500 million', 500_000_000, 'NAD'],
    ]);
  });

  it('reads the yen sign as the yuan where China is the country named, the plural "kms", and "businesspeople" counted', () => {
    assert.deepEqual(amounts('Samoa and the People’s Republic of China signed the ¥100,000,000 agreement.'), [['¥100,000,000', 100_000_000, 'CNY']]);
    assert.deepEqual(amounts('Japan will lend ¥5 billion.'), [['¥5 billion', 5_000_000_000, 'JPY']]);
    assert.deepEqual(amounts('They built over 300kms of road, and 88 kms more, for 100 Taiwanese businesspeople.'), [
      ['300kms', 300, 'km'],
      ['88 kms', 88, 'km'],
      ['100 Taiwanese businesspeople', 100, 'businesspeople'],
    ]);
  });

  it('reads gross tonnage and counts with the possessive "-nya"', () => {
    assert.deepEqual(amounts('Kapal berukuran 90 hingga 150 GT, perahu lain 3 GT.'), [
      ['90', 90, 'GT'],
      ['150 GT', 150, 'GT'],
      ['3 GT', 3, 'GT'],
    ]);
    assert.deepEqual(amounts('Kedutaan mencatat 19 warganya dan 1.000 beasiswa.'), [
      ['19 warganya', 19, 'warga'],
      ['1.000 beasiswa', 1000, 'beasiswa'],
    ]);
  });

  it('reads a range written with the unit on both numbers', () => {
    assert.deepEqual(amounts('It rose 4 percent-5 percent, prices 10%-12%.'), [
      ['4 percent', 4, '%'],
      ['5 percent', 5, '%'],
      ['10%', 10, '%'],
      ['12%', 12, '%'],
    ]);
  });

  it('reads earthquake magnitudes, the unit before or after the number', () => {
    assert.deepEqual(amounts('The quake had a magnitude of 7.6, and another measured 6.9 on the Richter scale.'), [
      ['magnitude of 7.6', 7.6, 'magnitude'],
      ['6.9 on the Richter scale', 6.9, 'magnitude'],
    ]);
    assert.deepEqual(amounts('Gempa bermagnitudo besar: magnitudo 5,6 lalu 6,2 SR.'), [
      ['magnitudo 5,6', 5.6, 'magnitude'],
      ['6,2 SR', 6.2, 'magnitude'],
    ]);
    assert.deepEqual(amounts('Gempa bermagnitudo 7,7 mengguncang Mandalay.'), [['bermagnitudo 7,7', 7.7, 'magnitude']]);
  });

  it('leaves a number whose capitalised unit runs on into a name', () => {
    assert.deepEqual(amounts('BI menahan suku bunga acuan, BI 7-Day Reverse Repo Rate, di 5,75 persen dan 7 Days Reverse Repo Rate.'), [['5,75 persen', 5.75, '%']]);
    // A capitalised classifier before a capitalised counted noun counts all the same.
    assert.deepEqual(amounts('Indonesia membeli 24 Unit Pesawat Tempur F-15EX dari AS.'), [['24 Unit', 24, 'Unit']]);
  });

  it('reads digits with the approximating "-an" as the number itself', () => {
    assert.deepEqual(amounts('Nilainya Rp 300-an triliun, dan 500-an orang hadir pada tahun 1990-an.'), [
      ['Rp 300-an triliun', 300_000_000_000_000, 'IDR'],
      ['500-an orang', 500, 'orang'],
    ]);
  });

  it('counts a capitalised noun followed by whose it is or by the rest of an office\'s title', () => {
    assert.deepEqual(amounts('Perusahaan patungan dari tiga Investor China dibentuk.'), [['tiga Investor', 3, 'Investor']]);
    assert.deepEqual(amounts('Ia dilantik bersama 16 Duta Besar Luar Biasa dan Berkuasa Penuh RI lainnya.'), [['16 Duta Besar', 16, 'Duta Besar']]);
  });

  it('reads "setengah" as a half, alone or after a whole number', () => {
    assert.deepEqual(amounts('Bantuan tiba setengah jam kemudian, setelah dua setengah jam di jalan.'), [
      ['setengah jam', 0.5, 'hour'],
      ['dua setengah jam', 2.5, 'hour'],
    ]);
    assert.deepEqual(amounts('Ia menerimanya dengan setengah hati.'), []);
  });

  it('lends a range\'s scale to no first number written out in groups that reach it ("dari 168.800 menjadi 221 ribu")', () => {
    assert.deepEqual(amounts('Kuota haji naik dari 168.800 menjadi 221 ribu jemaah.'), [
      ['168.800', 168800, 'jemaah'],
      ['221 ribu jemaah', 221000, 'jemaah'],
    ]);
    assert.deepEqual(amounts('Each plant is expected to cost ₹2,000-2,500 crore.'), [
      ['₹2,000', 2e10, 'INR'],
      ['2,500 crore', 2.5e10, 'INR'],
    ]);
  });

  it('gives a range two amounts sharing scale and unit', () => {
    assert.deepEqual(amounts('Investasi 10 hingga 20 miliar dolar.'), [
      ['10', 10_000_000_000, 'USD'],
      ['20 miliar dolar', 20_000_000_000, 'USD'],
    ]);
  });

  it('gives the first end of a range its own scale and the unit after the second ("from 9.38 billion to 9.88 billion US dollars")', () => {
    assert.deepEqual(amounts('Trade grew from 9.38 billion to 9.88 billion US dollars.'), [
      ['9.38 billion', 9_380_000_000, 'USD'],
      ['9.88 billion US dollars', 9_880_000_000, 'USD'],
    ]);
    assert.deepEqual(amounts('Produksi naik dari 5 juta menjadi 7 juta ton.'), [
      ['5 juta', 5_000_000, 'ton'],
      ['7 juta ton', 7_000_000, 'ton'],
    ]);
    assert.deepEqual(amounts('The quota rose from 500 million to 1.2 billion yuan.')[0], ['500 million', 500_000_000, 'CNY']);
    // No unit after the second end: neither is an amount.
    assert.deepEqual(amounts('The population rose from 9 million to 10 million.'), []);
  });

  it('adds a half written after the unit ("lima tahun setengah"), not after a counted noun', () => {
    assert.deepEqual(amounts('Selama lima tahun setengah bertugas, ia menempuh 3 km setengah tiap hari.'), [
      ['lima tahun setengah', 5.5, 'year'],
      ['3 km setengah', 3.5, 'km'],
    ]);
    assert.deepEqual(amounts('Ada 5 orang setengah baya.'), [['5 orang', 5, 'orang']]);
  });

  it('counts travellers, trips and destinations, and reads power written in two words ("110 mega watt")', () => {
    assert.deepEqual(amounts('Target sejuta pelancong, dua perjalanan, 95 destinasi wisata, pembangkit 110 mega watt.'), [
      ['sejuta pelancong', 1_000_000, 'pelancong'],
      ['dua perjalanan', 2, 'perjalanan'],
      ['95 destinasi wisata', 95, 'destinasi wisata'],
      ['110 mega watt', 110, 'MW'],
    ]);
  });

  it('counts media, small industries (IKM) and memoranda of understanding, in either language, and "one degree"; no name written against a number', () => {
    assert.deepEqual(amounts('Hadir 20 media nasional dan 30 IKM; sebanyak 12 Memorandum of Understanding (MoU) diteken.'), [
      ['20 media', 20, 'media'],
      ['30 IKM', 30, 'IKM'],
      ['12 Memorandum of Understanding', 12, 'Memorandum of Understanding'],
    ]);
    assert.deepEqual(amounts('They signed 3 Memorandum of Understanding; the rating is one degree below.'), [
      ['3 Memorandum of Understanding', 3, 'Memorandum of Understanding'],
      ['one degree', 1, 'degree'],
    ]);
    assert.deepEqual(amounts('The statement was obtained by 964media and 7news.'), []);
    // Thousands with their separators, then a counted noun written against them: a typo.
    assert.deepEqual(amounts('Target tahun ini 350.000unit rumah, kata 964media.'), [['350.000unit', 350000, 'unit']]);
  });

  it('counts a lower bound written with "lebih" or "plus" between the number and its noun ("80 ribu lebih karyawan")', () => {
    assert.deepEqual(amounts('Jumlahnya mencapai 80 ribu lebih karyawan dan 120 lebih perusahaan.'), [
      ['80 ribu lebih karyawan', 80_000, 'karyawan'],
      ['120 lebih perusahaan', 120, 'perusahaan'],
    ]);
    assert.deepEqual(amounts('Some 300 plus companies joined.'), [['300 plus companies', 300, 'companies']]);
    // Nothing counted after it: the number alone is no amount, nor is a sum of numbers.
    assert.deepEqual(amounts('Hasilnya 20 lebih dari cukup; 2 plus 2 is 4.'), []);
  });

  it('counts peoples named in several words or irregularly ("2,000 Papua New Guineans", "300 Icelanders"), with no place inside', () => {
    const text = 'Some 2,000 Papua New Guineans, 40 Sri Lankans, 300 Icelanders and 12 New Zealanders came.';
    assert.deepEqual(amounts(text), [
      ['2,000 Papua New Guineans', 2000, 'Papua New Guineans'],
      ['40 Sri Lankans', 40, 'Sri Lankans'],
      ['300 Icelanders', 300, 'Icelanders'],
      ['12 New Zealanders', 12, 'New Zealanders'],
    ]);
    assert.deepEqual(mentions(text).filter((a) => a.type === 'place' || a.type === 'country'), []);
  });

  it('counts economies ("tujuh ekonomi baru"), but no year before the word', () => {
    assert.deepEqual(amounts('Ada tujuh ekonomi baru dan dua ekonomi terbesar dunia. Pada 2024 ekonomi tumbuh 5 persen.'), [
      ['tujuh ekonomi', 7, 'ekonomi'],
      ['dua ekonomi', 2, 'ekonomi'],
      ['5 persen', 5, '%'],
    ]);
  });

  it('reads a unit with the possessive "-nya" ("95 persennya") and counts investments and learners, but no millions of a money word', () => {
    assert.deepEqual(amounts('Apalagi 95 persennya warga PNG; ada tiga investasi dan 90.000 pembelajar.'), [
      ['95 persennya', 95, '%'],
      ['tiga investasi', 3, 'investasi'],
      ['90.000 pembelajar', 90_000, 'pembelajar'],
    ]);
    assert.deepEqual(amounts('Ada 5 triliun investasi asing masuk.'), []);
  });

  it('reads "United States dollars" and the ngultrum ("Nu 310 billion")', () => {
    assert.deepEqual(amounts('It cost seventy-nine thousand United States dollars; the Plan has an outlay of Nu 310 billion.'), [
      ['seventy-nine thousand United States dollars', 79_000, 'USD'],
      ['Nu 310 billion', 310_000_000_000, 'BTN'],
    ]);
  });

  it('reads thousands grouped by spaces ("3 000 000 000 USD")', () => {
    assert.deepEqual(amounts('Trade should reach 3 000 000 000 USD, and 214 000 000 000 USD more.'), [
      ['3 000 000 000 USD', 3_000_000_000, 'USD'],
      ['214 000 000 000 USD', 214_000_000_000, 'USD'],
    ]);
    assert.deepEqual(amounts('Harganya 12\u00a0500 000 rupiah atau 1 250,50 euro.'), [
      ['12\u00a0500 000 rupiah', 12_500_000, 'IDR'],
      ['1 250,50 euro', 1250.5, 'EUR'],
    ]);
    // A group opening with 0, or of four digits, is no group: a telephone number, a year.
    assert.deepEqual(amounts('Call (021) 500 600; in 2019 100 people came.'), [['100 people', 100, 'people']]);
  });

  it('counts systems, prefectures, states and batteries in both languages', () => {
    assert.deepEqual(amounts('Jepang punya 47 prefektur, AS 50 negara bagian; 36 sistem dipesan.'), [
      ['47 prefektur', 47, 'prefektur'],
      ['50 negara bagian', 50, 'negara bagian'],
      ['36 sistem', 36, 'sistem'],
    ]);
    assert.deepEqual(amounts('Japan has 47 prefectures and bought 3 Patriot batteries.'), [
      ['47 prefectures', 47, 'prefectures'],
      ['3 Patriot batteries', 3, 'batteries'],
    ]);
  });

  it('counts after two capitalised words or a country abbreviation, and reads US cents as money', () => {
    assert.deepEqual(amounts('He visited three Central Asian countries with 104 U.S. industrialists.'), [
      ['three Central Asian countries', 3, 'countries'],
      ['104 U.S. industrialists', 104, 'industrialists'],
    ]);
    assert.deepEqual(amounts('The loonie fell to 71.25 US cents.'), [['71.25 US cents', 0.7125, 'USD']]);
  });

  it('counts parts and chapters, and reads no English ordinal as a count', () => {
    assert.deepEqual(amounts('Perjanjian mencakup 12 bagian dan 5 bab.'), [
      ['12 bagian', 12, 'bagian'],
      ['5 bab', 5, 'bab'],
    ]);
    assert.deepEqual(amounts('The 7th Philippines-Indonesia Joint Commission held the 4th talks on 2 issues.'), [['2 issues', 2, 'issues']]);
  });

  it('gives each number of a list the scale and unit of its last', () => {
    assert.deepEqual(amounts('Pesanan masing-masing 6, 18, dan 18 pesawat.'), [
      ['6', 6, 'pesawat'],
      ['18', 18, 'pesawat'],
      ['18 pesawat', 18, 'pesawat'],
    ]);
    assert.deepEqual(amounts('Tariffs of 2, 3 and 5 percent, then Rp 5, 10, dan 15 triliun.'), [
      ['2', 2, '%'],
      ['3', 3, '%'],
      ['5 percent', 5, '%'],
      ['Rp 5', 5_000_000_000_000, 'IDR'],
      ['10', 10_000_000_000_000, 'IDR'],
      ['15 triliun', 15_000_000_000_000, 'IDR'],
    ]);
    // A list after an identifier word is identifiers; one that never reaches "dan" no list.
    assert.deepEqual(amounts('Pasal 5, 6 dan 7 undang-undang itu berlaku.'), []);
    assert.deepEqual(amounts('Pada 12, 13 dan 14 Juni, sebanyak 5, 6 kapal.'), [['6 kapal', 6, 'kapal']]);
  });

  it('leaves out years, dates, identifiers and numbers inside names', () => {
    assert.deepEqual(amounts('Pada 2023, KTT G20 membahas COVID-19 dan jet Su-35 pada 12/6.'), []);
    assert.deepEqual(amounts('Pasal 5 ayat 2 berlaku.'), []);
    assert.deepEqual(amounts('Puluhan negara dan ratusan juta warga.'), []);
    // "No." abbreviates an identifier word; a sentence ending in "no." does not.
    assert.deepEqual(amounts('Keppres No. 12 Tahun 2021 dan Perpres No.4 Tahun 2020 terbit.'), []);
    assert.deepEqual(amounts('Ia menjawab tidak. 12 negara setuju, they said no. 12 states agreed.'), [['12 negara', 12, 'negara'], ['12 states', 12, 'states']]);
    // A rank: "the number one economy".
    assert.deepEqual(amounts('It is the number one economy, with a number of ports and 5 ports more.'), [['5 ports', 5, 'ports']]);
  });

  it('reads the later day of a month-first range as part of the date, unless a counted word follows it', () => {
    assert.deepEqual(amounts('The visit from November 24 to 25 included official talks.'), []);
    assert.deepEqual(texts('The visit from November 24 to 25 included official talks.', 'date'), ['November 24 to 25']);
    assert.deepEqual(texts('They met on June 3-5, 2024 in Suva.', 'date'), ['June 3-5, 2024']);
    assert.deepEqual(amounts('From March 1 to 15 countries joined.'), [['15 countries', 15, 'countries']]);
    assert.deepEqual(amounts('From March 25 to 5 countries joined.'), [['5 countries', 5, 'countries']]);
  });

  it('reads liras as the lira of the country the paragraph names, drams and "Br" as their currencies', () => {
    assert.deepEqual(amounts('Revenues were 8.9 trillion liras, or 2.1 trillion Turkish Liras.'), [
      ['8.9 trillion liras', 8_900_000_000_000, 'TRY'],
      ['2.1 trillion Turkish Liras', 2_100_000_000_000, 'TRY'],
    ]);
    assert.deepEqual(amounts('In Lebanon bread costs 90,000 liras; Damascus paid 500 Syrian pounds.'), [
      ['90,000 liras', 90_000, 'LBP'],
      ['500 Syrian pounds', 500, 'SYP'],
    ]);
    assert.deepEqual(amounts('A 110 billion dram project and a budget of 971.6 billion Br.'), [
      ['110 billion dram', 110_000_000_000, 'AMD'],
      ['971.6 billion Br', 971_600_000_000, 'ETB'],
    ]);
  });

  it('counts no preposition after a number: "15 asal Vietnam" is 15 of what was counted before', () => {
    assert.deepEqual(amounts('Sebanyak 20 kapal ditangkap, 15 asal Vietnam.'), [['20 kapal', 20, 'kapal'], ['15', 15, 'kapal']]);
    assert.deepEqual(amounts('Pendatang asal Vietnam tiba.'), []);
  });

  it('reads no amount in a fiscal year written "FY2024/25" nor in an act\'s number and year', () => {
    assert.deepEqual(amounts('The FY2024/25 national budget contains 12 measures.'), [['12 measures', 12, 'measures']]);
    assert.deepEqual(amounts('Pemerintah menerbitkan edaran 12 Tahun 2023 dan Perpres 5 Tahun 2024; ia menjabat 5 tahun hingga 2024.'), [['5 tahun', 5, 'year']]);
  });

  it('opens no range with a year: "from 1.38 trillion liras in 2023 to 960 billion liras"', () => {
    assert.deepEqual(amounts('Spending fell from 1.38 trillion liras in 2023 to 960 billion liras.'), [
      ['1.38 trillion liras', 1_380_000_000_000, 'TRY'],
      ['960 billion liras', 960_000_000_000, 'TRY'],
    ]);
  });

  it('reads the day after a month abbreviated with a dot as a date, not a count', () => {
    const text = 'The Parliament on Dec. 9 began discussions; on Sept. 12, 2024 they met.';
    assert.deepEqual(amounts(text), []);
    assert.deepEqual(texts(text, 'date'), ['Dec. 9', 'Sept. 12, 2024']);
    // "May" is the month's whole name: the dot ends the sentence.
    assert.deepEqual(amounts('Elections were held in May. 5 people died.'), [['5 people', 5, 'people']]);
  });

  it('reads rupiah written against the number and the headline abbreviations M and T', () => {
    assert.deepEqual(amounts('Dana Rp5M disiapkan.'), [['Rp5M', 5_000_000_000, 'IDR']]);
    assert.deepEqual(amounts('Utang Rp23,4 triliun.'), [['Rp23,4 triliun', 23_400_000_000_000, 'IDR']]);
    assert.deepEqual(amounts('Investasi Rp 12,5 T masuk.'), [['Rp 12,5 T', 12_500_000_000_000, 'IDR']]);
    assert.deepEqual(amounts('Proyek Rp3,2 M selesai.'), [['Rp3,2 M', 3_200_000_000, 'IDR']]);
    // Elsewhere "m" is still a million, and only straight after the digits.
    assert.deepEqual(amounts('A deal worth $5m.'), [['$5m', 5_000_000, 'USD']]);
    assert.deepEqual(amounts('Lari 100 m gaya bebas.'), [['100 m', 100, 'm']]);
    // An Indonesian text writes them apart after any currency; an English one means a million.
    assert.deepEqual(amounts('Transaksi dagang US$ 3,2 M tercapai.'), [['US$ 3,2 M', 3_200_000_000, 'USD']]);
    assert.deepEqual(amounts('Trade deals worth US$3.2M were signed.'), [['US$3.2M', 3_200_000, 'USD']]);
  });

  it('takes the rupiah\'s short scales from its currency entry, not from the language', () => {
    // Lower case too when written against the digits; apart from them only capitalised.
    assert.deepEqual(amounts('Dana Rp5m disiapkan.'), [['Rp5m', 5_000_000_000, 'IDR']]);
    assert.deepEqual(amounts('Biaya Rp 7 t saja.'), [['Rp 7', 7, 'IDR']]);
    assert.deepEqual(amounts('Proyek IDR 2 T disetujui.'), [['IDR 2 T', 2_000_000_000_000, 'IDR']]);
    assert.deepEqual(amounts('The plan costs Rp 4 T, officials said.'), [['Rp 4 T', 4_000_000_000_000, 'IDR']]);
    // Without the rupiah before it, "M" is no miliar and "T" no scale at all.
    assert.deepEqual(amounts('Pinjaman $5M disalurkan.'), [['$5M', 5_000_000, 'USD']]);
    assert.deepEqual(amounts('Anggaran $3T dibahas.'), [['$3', 3, 'USD']]);
  });

  it('reads short scales a workspace gives its own currency', () => {
    const annotator = new Annotator({
      resources: extendResources(bundledResources(), {
        languages: { en: { currencies: [{ phrase: 'Tk', code: 'BDT', prefix: true, caseSensitive: true, scales: { crs: 10_000_000 }, byCountry: {}, homeCountryOnly: false, subunits: 1, scaledOnly: false, anyNumberOnceScaled: false, attached: false }] } },
      }),
    });
    const found = annotator.annotate('The bridge cost Tk 3 Crs and the road Rs 3 Crs.').annotations.filter((a) => a.type === 'amount');
    assert.deepEqual(
      found.map((a) => [a.text, a.value, a.unit]),
      [
        ['Tk 3 Crs', 30_000_000, 'BDT'],
        ['Rs 3', 3, 'INR'],
      ],
    );
    // "cr" itself is a scale of every currency.
    assert.deepEqual(amounts('The road cost Rs 3 Cr, or ₹36,400 crores.'), [
      ['Rs 3 Cr', 30_000_000, 'INR'],
      ['₹36,400 crores', 364_000_000_000, 'INR'],
    ]);
  });

  it('reads temperatures in degrees Celsius, written out, with the sign or a C against the digits', () => {
    assert.deepEqual(amounts('Warming should stay under 1.5C, not 2 degrees Celsius.'), [
      ['1.5C', 1.5, '°C'],
      ['2 degrees Celsius', 2, '°C'],
    ]);
    assert.deepEqual(amounts('The city hit 41.2°C, then 39 °C and 38℃; the target is 1.5 degrees C.'), [
      ['41.2°C', 41.2, '°C'],
      ['39 °C', 39, '°C'],
      ['38℃', 38, '°C'],
      ['1.5 degrees C', 1.5, '°C'],
    ]);
    assert.deepEqual(amounts('Suhu naik 1,5 derajat Celsius, bahkan 2,7°C di kota.'), [
      ['1,5 derajat Celsius', 1.5, '°C'],
      ['2,7°C', 2.7, '°C'],
    ]);
  });

  it('does not take a C apart from its number, a lower-case c or a class name for a temperature', () => {
    assert.deepEqual(amounts('Siswa Kelas C dan 5 C lainnya hadir.'), []);
    assert.deepEqual(amounts('Kelas 5C menang lomba.'), []);
    assert.deepEqual(amounts('A 5c coin, J. C. Watts and grade 3C pupils.'), []);
  });

  it('reads rupees as Indian unless the text names another country\'s rupee', () => {
    assert.deepEqual(amounts('The plan costs Rs 400 crore and 2 million rupees.'), [
      ['Rs 400 crore', 4_000_000_000, 'INR'],
      ['2 million rupees', 2_000_000, 'INR'],
    ]);
    assert.deepEqual(amounts('It costs 9 billion Pakistani rupees, 3 million Sri Lankan rupee and 7 million Nepali rupees.'), [
      ['9 billion Pakistani rupees', 9_000_000_000, 'PKR'],
      ['3 million Sri Lankan rupee', 3_000_000, 'LKR'],
      ['7 million Nepali rupees', 7_000_000, 'NPR'],
    ]);
    assert.deepEqual(amounts('Biayanya 8 miliar rupe Pakistan dan 2 juta rupee Nepal.'), [
      ['8 miliar rupe Pakistan', 8_000_000_000, 'PKR'],
      ['2 juta rupee Nepal', 2_000_000, 'NPR'],
    ]);
  });

  it('gives a bare "Rs" or "rupees" the rupee of the country the article names most', () => {
    const pakistan = 'Pakistan will spend Rs 50 billion on dams. The Pakistani cabinet approved 3 billion rupees more, and India objected.';
    assert.deepEqual(amounts(pakistan), [
      ['Rs 50 billion', 50_000_000_000, 'PKR'],
      ['3 billion rupees', 3_000_000_000, 'PKR'],
    ]);
    assert.deepEqual(amounts('Sri Lanka owes Rs. 12 trillion; Sri Lanka met the IMF.'), [['Rs. 12 trillion', 12_000_000_000_000, 'LKR']]);
    // A tie, or no rupee country at all, keeps the Indian rupee.
    assert.deepEqual(amounts('Pakistan and India each set aside Rs 5 billion.'), [['Rs 5 billion', 5_000_000_000, 'INR']]);
    assert.deepEqual(amounts('Pakistan dan Indonesia, Indonesia dan Indonesia: harga naik 10 rupee.'), [['10 rupee', 10, 'PKR']]);
    assert.deepEqual(amounts('Harga naik 10 rupee.'), [['10 rupee', 10, 'INR']]);
    // Naming no rupee country, a dateline's city says whose rupee it is.
    assert.deepEqual(amounts('Islamabad, June 10 – The finance minister presented the Rs17.573 trillion budget.\n\nIt holds Rs 5 billion for dams.'), [
      ['Rs17.573 trillion', 17.573e12, 'PKR'],
      ['Rs 5 billion', 5e9, 'PKR'],
    ]);
    // Nor any city: the country inside a party's name.
    assert.deepEqual(amounts('The Sri Lanka Freedom Party MP asked the Government to grant Rs. 220 MN.'), [['Rs. 220 MN', 220e6, 'LKR']]);
  });

  it('gives the parts of a sum in brackets after it the sum\'s currency', () => {
    assert.deepEqual(amounts('Portugal gets 3.13 billion euros (1.35 billion from grants and 1.78 billion from loans), and 2 billion later.'), [
      ['3.13 billion euros', 3.13e9, 'EUR'],
      ['1.35 billion', 1.35e9, 'EUR'],
      ['1.78 billion', 1.78e9, 'EUR'],
      // A number in billions after a sum in billions has its currency.
      ['2 billion', 2e9, 'EUR'],
    ]);
  });

  it('gives a bare "$" or "dollars" in English the dollar of the country the article names most of all', () => {
    const fiji = 'Australia signed $81 million in budget support for Fiji. Fiji thanked Canberra; Fiji will spend 20 million dollars on roads.';
    assert.deepEqual(amounts(fiji), [
      ['$81 million', 81_000_000, 'FJD'],
      ['20 million dollars', 20_000_000, 'FJD'],
    ]);
    // A dollar country named in passing, or named as often as another, leaves the US dollar.
    assert.deepEqual(amounts('Kazakhstan and Canada signed deals worth $1 billion; Kazakhstan will build roads.'), [['$1 billion', 1_000_000_000, 'USD']]);
    assert.deepEqual(amounts('Fiji and Tonga share $5 million.'), [['$5 million', 5_000_000, 'USD']]);
    // A leader's mentions name his country: a Canadian paper may never write "Canada".
    const carney = 'Prime Minister Mark Carney met Premier Li Qiang in China. Carney said $7 billion in goods would flow. Carney flew home.';
    assert.deepEqual(amounts(carney), [['$7 billion', 7_000_000_000, 'CAD']]);
    // So do a province's mentions and the premier titled after it.
    const alberta = 'Premier Danielle Smith is in Tokyo to grow Alberta markets. Japan buys $3 billion of Alberta goods; Alberta ships more to Japan and Korea.';
    assert.deepEqual(amounts(alberta), [['$3 billion', 3_000_000_000, 'CAD']]);
    const ontario = 'Ontario Premier Doug Ford said the U.S. tariffs hurt. Ford will spend $11 billion.';
    assert.deepEqual(amounts(ontario), [['$11 billion', 11_000_000_000, 'CAD']]);
    // A province or state named, though its country is named less than others: the paper's home.
    const westernAustralia = 'Trade between Western Australia and China, and China and Japan, reached $100 billion; China buys more from Western Australia than Japan does.';
    assert.deepEqual(amounts(westernAustralia), [['$100 billion', 100_000_000_000, 'AUD']]);
    const novaScotia = 'The Nova Scotia budget of $17.6 billion answers U.S. tariffs; the U.S. and American buyers matter to Nova Scotia.';
    assert.deepEqual(amounts(novaScotia), [['$17.6 billion', 17_600_000_000, 'CAD']]);
    // "Vaovasamanaia Winston Peters": a chief's title before a known leader's full name still names him.
    const peters = 'Foreign Minister, Vaovasamanaia Winston Peters, ended his tour in Palau, announcing $16.4 million. Peters then flew home.';
    assert.deepEqual(amounts(peters), [['$16.4 million', 16_400_000, 'NZD']]);
    // Named as often as Australia and its leaders together, Ukraine leaves the paper's home to the leaders.
    const aid = 'Australia will give Ukraine $110 million. Prime Minister Anthony Albanese said Ukraine needs it; Ukraine thanked Australia.';
    assert.deepEqual(amounts(aid), [['$110 million', 110_000_000, 'AUD']]);
    // A paper titles its own state's leaders without their country, whoever it names more.
    const solomons = 'Prime Minister Anthony Albanese signed a $190 million security deal with Solomon Islands. Solomon Islands Prime Minister Jeremiah Manele thanked him; Solomon Islands will train police, and Solomon Islands will buy boats.';
    assert.deepEqual(amounts(solomons), [['$190 million', 190_000_000, 'AUD']]);
    // Indonesian news reads a bare dollar as the US dollar wherever the article is.
    assert.deepEqual(amounts('Australia memberi Fiji $5 juta. Australia juga membantu Australia Barat.'), [['$5 juta', 5_000_000, 'USD']]);
    // Sums marked as US dollars elsewhere leave the bare "$" to the country with a dollar of its own.
    assert.deepEqual(amounts('Fiji and Palau will share $380 million; donors gave US$167 million.'), [
      ['$380 million', 380_000_000, 'FJD'],
      ['US$167 million', 167_000_000, 'USD'],
    ]);
  });

  it('gives a bare "$" the currency of the country the article is about when its first sum with the sign is in it ("TOP$")', () => {
    assert.deepEqual(amounts("Tonga's budget totals TOP$784.2 million, with a deficit of over $27 million. Tonga borrows."), [
      ['TOP$784.2 million', 784.2e6, 'TOP'],
      ['$27 million', 27e6, 'TOP'],
    ]);
    // A sum in US dollars with the sign first, or a currency word, keeps its own.
    const wire = 'Brazil could earn 40 billion reais ($7.4 billion), and R$ 12 billion more. Brazil and Brazil agreed.';
    assert.deepEqual(amounts(wire).map((amount) => amount[2]), ['BRL', 'USD', 'BRL']);
    assert.deepEqual(amounts("Tonga's budget totals TOP$784.2 million; Tonga adds 5 million dollars.")[1], ['5 million dollars', 5e6, 'USD']);
  });

  it('reads Pacific dollars by their prefixes', () => {
    assert.deepEqual(amounts('Fiji pledged FJ$500m and Tonga T$20 million.'), [
      ['FJ$500m', 500_000_000, 'FJD'],
      ['T$20 million', 20_000_000, 'TOP'],
    ]);
    // The vatu's "VT" only before a scale word or grouped digits ("Burlington, VT 05401" is an address).
    assert.deepEqual(amounts('Japan pledged VT 450 million (approximately AUD $6 million). Write to Burlington, VT 05401.'), [
      ['VT 450 million', 450_000_000, 'VUV'],
      ['AUD $6 million', 6_000_000, 'AUD'],
    ]);
  });

  it('reads Caribbean dollars, Gulf dinars and rials by their abbreviations, and no unknown dollar as USD', () => {
    assert.deepEqual(amounts('Jamaica raised J$3.1 billion, Tonga TOP$30 million and Guyana G$2 billion.'), [
      ['J$3.1 billion', 3_100_000_000, 'JMD'],
      ['TOP$30 million', 30_000_000, 'TOP'],
      ['G$2 billion', 2_000_000_000, 'GYD'],
    ]);
    assert.deepEqual(amounts('Loans reached KD 1.263 billion and KD 156,921,927; Oman RO 20 million, Bahrain BD 5 million.'), [
      ['KD 1.263 billion', 1_263_000_000, 'KWD'],
      ['KD 156,921,927', 156_921_927, 'KWD'],
      ['RO 20 million', 20_000_000, 'OMR'],
      ['BD 5 million', 5_000_000, 'BHD'],
    ]);
    // The abbreviations are also initials: money only with a scale or digit groups.
    assert.deepEqual(amounts('Exports were 3.3 billion ISK. BD and RO 5 met.'), [['3.3 billion ISK', 3_300_000_000, 'ISK']]);
    assert.deepEqual(amounts('It cost XY$3 million, or an investment of$3 billion.'), [['$3 billion', 3_000_000_000, 'USD']]);
  });

  it('reads a year before a currency word that is also a common word as a year', () => {
    assert.deepEqual(amounts('The party in 2024 won the election.'), []);
    assert.deepEqual(amounts('Since 2019 pound sterling has weakened.'), []);
    assert.deepEqual(amounts('The ticket cost 2024 won.'), [['2024 won', 2024, 'KRW']]);
  });

  it('reads a capitalised number word in a title-case headline, not inside a capitalised name', () => {
    assert.deepEqual(amounts('RI dan Chile Teken Tujuh Kesepakatan Dagang\n\nIsi berita.'), [['Tujuh Kesepakatan', 7, 'Kesepakatan']]);
    assert.deepEqual(amounts('Mereka menyepakati Konsensus Lima Poin.'), []);
    // A listicle's count, in a headline whose one lower-case word is "via".
    assert.deepEqual(amounts('4 Fakta Bantuan RI Sukses Diterjunkan via Air Dropping\n\nIsi berita.'), [['4 Fakta', 4, 'Fakta']]);
  });

  it('does not read "sehari-hari" (everyday) as one day', () => {
    assert.deepEqual(amounts('Kegiatan sehari-hari warga terganggu.'), []);
    assert.deepEqual(amounts('Kunjungan sehari ke Tokyo.'), [['sehari', 1, 'day']]);
  });

  it('reads "a" before a multiplier or scale word as one', () => {
    assert.deepEqual(amounts('They sent a dozen ships and a hundred and five troops.'), [['a dozen ships', 12, 'ships'], ['a hundred and five troops', 105, 'troops']]);
    assert.deepEqual(amounts('A million people marched for a billion dollars.'), [['A million people', 1_000_000, 'people'], ['a billion dollars', 1_000_000_000, 'USD']]);
    assert.deepEqual(amounts('It took a year and a lot of work.'), []);
  });

  it("reads any known currency's ISO code, before the number only with a scale or grouped digits", () => {
    assert.deepEqual(amounts('It cost TRY 5 billion and 3 billion RUB.'), [['TRY 5 billion', 5_000_000_000, 'TRY'], ['3 billion RUB', 3_000_000_000, 'RUB']]);
    assert.deepEqual(amounts('Investasi hingga SAR 2 miliar.'), [['SAR 2 miliar', 2_000_000_000, 'SAR']]);
    assert.deepEqual(amounts('Delegates at COP 30 agreed.'), []);
  });

  it("reads the ISO code of any country's currency, unless the code is also a word in capitals", () => {
    assert.deepEqual(amounts('Armenia set aside 44 billion AMD, Moldova MDL 1.2 billion and Georgia 300,000 GEL.'), [
      ['44 billion AMD', 44_000_000_000, 'AMD'],
      ['MDL 1.2 billion', 1_200_000_000, 'MDL'],
      ['300,000 GEL', 300_000, 'GEL'],
    ]);
    assert.deepEqual(amounts('ALL 5 billion went to 12 CUP winners.'), []);
  });

  it('reads local currency names and abbreviations, a name countries share by the country named', () => {
    assert.deepEqual(amounts('Rwanda raised Frw 90 billion and Mongolia 3 trillion tugriks.'), [
      ['Frw 90 billion', 90_000_000_000, 'RWF'],
      ['3 trillion tugriks', 3_000_000_000_000, 'MNT'],
    ]);
    assert.deepEqual(amounts('Turkmenistan sold gas for 20 million manat.'), [['20 million manat', 20_000_000, 'TMT']]);
    assert.deepEqual(amounts('Moldova borrowed 2 billion lei.'), [['2 billion lei', 2_000_000_000, 'MDL']]);
  });

  it('reads the lilangeni\'s "E" and "CFA" before a scaled number, and a model cut off by such a prefix as a model', () => {
    assert.deepEqual(amounts('A parliament worth E1.7 billion; the E3 group met.'), [['E1.7 billion', 1_700_000_000, 'SZL']]);
    assert.deepEqual(amounts('Togo got $20 million (CFA12 billion).'), [
      ['$20 million', 20_000_000, 'USD'],
      ['CFA12 billion', 12_000_000_000, 'XOF'],
    ]);
    assert.deepEqual(amounts('Cameroon got CFA 5 billion.'), [['CFA 5 billion', 5_000_000_000, 'XAF']]);
    assert.deepEqual(amounts('They bought a dozen E2 jets and 500 N95 masks.'), [
      ['a dozen E2 jets', 12, 'jets'],
      ['500 N95 masks', 500, 'masks'],
    ]);
  });

  it('reads the plural "yuans" as the currency, not a counted noun', () => {
    assert.deepEqual(amounts('China gave Tajikistan 70 million yuans in aid.'), [['70 million yuans', 70_000_000, 'CNY']]);
  });

  it("reads a currency's name before the number only with a scale or grouped digits", () => {
    assert.deepEqual(amounts('China gave Yuan 7.95 million, India Rupees 500 crore and the EU euro 12,500,000.'), [
      ['Yuan 7.95 million', 7_950_000, 'CNY'],
      ['Rupees 500 crore', 5_000_000_000, 'INR'],
      ['euro 12,500,000', 12_500_000, 'EUR'],
    ]);
    assert.deepEqual(amounts('Kurs rupiah 16 ribu per dolar.'), [['rupiah 16 ribu', 16_000, 'IDR']]);
    // A rate is no sum with the name as its sign: the number alone is the rate, in that currency; a name after its number stays the unit.
    assert.deepEqual(amounts('The yuan 7.1 per dollar; 5 million yuan 3 days later.'), [['7.1', 7.1, 'CNY'], ['5 million yuan', 5_000_000, 'CNY'], ['3 days', 3, 'day']]);
  });

  it('reads "pc" written against the number as per cent', () => {
    assert.deepEqual(amounts('Capped at 10pc, with inflation between 5 and 7pc.'), [['10pc', 10, '%'], ['5', 5, '%'], ['7pc', 7, '%']]);
  });

  it('reads Kenyan shillings written Ksh., Kshs and Sh', () => {
    assert.deepEqual(amounts('Kenya borrows Ksh.2 trillion, Kshs 900 billion and Sh3.5 billion.'), [
      ['Ksh.2 trillion', 2_000_000_000_000, 'KES'],
      ['Kshs 900 billion', 900_000_000_000, 'KES'],
      ['Sh3.5 billion', 3_500_000_000, 'KES'],
    ]);
  });

  it('reads letters of intent, memoranda, pages, visas and company heads as counted nouns', () => {
    assert.deepEqual(amounts('Diteken sebelas letter of intent dan delapan memorandum.'), [['sebelas letter of intent', 11, 'letter of intent'], ['delapan memorandum', 8, 'memorandum']]);
    assert.deepEqual(amounts('Hadir 19 pimpinan perusahaan; deklarasi 30 halaman; 4.800 visa.'), [['19 pimpinan perusahaan', 19, 'pimpinan perusahaan'], ['30 halaman', 30, 'halaman'], ['4.800 visa', 4800, 'visa']]);
    assert.deepEqual(amounts('They signed 11 letters of intent.'), [['11 letters of intent', 11, 'letters of intent']]);
  });

  it('reads letters, guests, heads of state, MEPs and NGOs as counted nouns', () => {
    assert.deepEqual(amounts('Masuk 328 surat, lalu ada 8 tamu.'), [['328 surat', 328, 'surat'], ['8 tamu', 8, 'tamu']]);
    assert.deepEqual(amounts('The two heads of state met nine MEPs and three NGOs.'), [['two heads of state', 2, 'heads of state'], ['nine MEPs', 9, 'MEPs'], ['three NGOs', 3, 'NGOs']]);
  });

  it('reads no duration in "tanggal 6 hari Minggu", and no count of "Arab" in "satu Arab Saudi"', () => {
    assert.deepEqual(amounts('Digelar tanggal 6 hari Minggu selama 3 hari.'), [['3 hari', 3, 'day']]);
    assert.deepEqual(amounts('Jadi satu Arab Saudi belum resmi, tapi satu negara sudah.'), [['satu negara', 1, 'negara']]);
  });

  it('reads digits before "of" and more digits as a count of what the second counts, the first alone the span', () => {
    assert.deepEqual(amounts('The coalition won 5 of 9 gubernatorial races; 3 of 10 percent.'), [
      ['5', 5, 'races'],
      ['9 gubernatorial races', 9, 'races'],
      ['10 percent', 10, '%'],
    ]);
    // With a determiner before the whole, or with the whole left uncounted.
    assert.deepEqual(amounts('About 30 of the world\'s leaders came.'), []);
    assert.deepEqual(amounts('15 of the 182 candidates lost; 58 of its members signed.'), [
      ['15', 15, 'candidates'],
      ['182 candidates', 182, 'candidates'],
      ['58', 58, 'members'],
    ]);
  });

  it('reads a function word hyphenated onto a plain word as a modifier of the counted noun ("193 no-confidence votes")', () => {
    assert.deepEqual(amounts('He had 193 no-confidence votes and 5 in-house lawyers.'), [
      ['193 no-confidence votes', 193, 'votes'],
      ['5 in-house lawyers', 5, 'lawyers'],
    ]);
  });

  it('reads a unit set in brackets after the number ("19 (persen)", "2,1 (GW)")', () => {
    assert.deepEqual(amounts('Tarif turun menjadi 19 (persen); kita baru men-develop 2,1 (GW). Pasal 5 (lima) berlaku.'), [
      ['19 (persen)', 19, '%'],
      ['2,1 (GW)', 2.1, 'GW'],
    ]);
  });

  it('counts Indonesian series and young people ("dua seri", "lima juta pemuda", "3 anak muda")', () => {
    assert.deepEqual(amounts('Obligasi terbit dalam dua seri. Ada lima juta pemuda dan 3 anak muda.'), [
      ['dua seri', 2, 'seri'],
      ['lima juta pemuda', 5_000_000, 'pemuda'],
      ['3 anak muda', 3, 'anak muda'],
    ]);
  });

  it('reads no currency in a capital letter written against a number in Indonesian ("P3K", "R2", "K2M"), only before a scale word', () => {
    assert.deepEqual(amounts('Tenaga P3K dan kendaraan R2 dibahas Kelompok Kerja Madrasah (K2M) dan P4GN.'), []);
    assert.deepEqual(amounts('Nilainya R50 juta dan P5 miliar.'), [
      ['R50 juta', 50_000_000, 'ZAR'],
      ['P5 miliar', 5_000_000_000, 'PHP'],
    ]);
    assert.deepEqual(amounts('The P5M fund was approved in Manila.'), [['P5M', 5_000_000, 'PHP']]);
  });

  it('reads a hyphenated modifier before a listed count noun in English ("the four (4) military-led States")', () => {
    assert.deepEqual(amounts('Of the fifteen (15) Member States, the four (4) military-led States were suspended.'), [
      ['fifteen (15) Member States', 15, 'Member States'],
      ['four (4) military-led States', 4, 'States'],
    ]);
  });

  it('reads a number before "or more" or "or fewer" as a count of the noun after it, the number alone the span', () => {
    assert.deepEqual(amounts('Women with three or more children, 2 or fewer days and one or more people; 5 or more.'), [
      ['three', 3, 'children'],
      ['2', 2, 'day'],
      ['one', 1, 'people'],
    ]);
  });

  it('reads "half a million" and hyphenated counts with a singular noun', () => {
    assert.deepEqual(amounts('They shipped half a million tons and half a dozen ships.'), [['half a million tons', 500_000, 'ton'], ['half a dozen ships', 6, 'ships']]);
    assert.deepEqual(amounts('A 12-member team came.'), [['12-member', 12, 'member']]);
    // The plural after a hyphenated count is what the count describes, not what it counts.
    assert.deepEqual(amounts('They held four-way talks and fired a 21-gun salute.'), [['four-way', 4, 'way'], ['21-gun', 21, 'gun']]);
  });

  it('reads businessmen, MOUs and perundingan as counted nouns', () => {
    assert.deepEqual(amounts('60 American businessmen signed 12 MOUs.'), [['60 American businessmen', 60, 'businessmen'], ['12 MOUs', 12, 'MOUs']]);
    assert.deepEqual(amounts('Sebanyak 13 perundingan dagang dan delapan perundingannya.'), [['13 perundingan dagang', 13, 'perundingan dagang'], ['delapan perundingannya', 8, 'perundingan']]);
  });

  it('reads LE for Egyptian pounds and $NZ, $US before the number', () => {
    assert.deepEqual(amounts('Revenue of LE 160 billion, a $NZ30 million grant and a $US5 million loan.'), [
      ['LE 160 billion', 160_000_000_000, 'EGP'],
      ['$NZ30 million', 30_000_000, 'NZD'],
      ['$US5 million', 5_000_000, 'USD'],
    ]);
  });

  it('reads "U.S. $" and "US $" written apart as one currency prefix, not a country', () => {
    assert.deepEqual(amounts('A loan of U.S. $877 million and a US $5 million grant.'), [
      ['U.S. $877 million', 877_000_000, 'USD'],
      ['US $5 million', 5_000_000, 'USD'],
    ]);
  });

  it('reads other dollar prefixes written apart from the sign: "NZ $", "HK $", "AU $"', () => {
    assert.deepEqual(amounts('Wellington gave NZ $5 million, Hong Kong HK $2 billion and Canberra AU $ 40 million.'), [
      ['NZ $5 million', 5_000_000, 'NZD'],
      ['HK $2 billion', 2_000_000_000, 'HKD'],
      ['AU $ 40 million', 40_000_000, 'AUD'],
    ]);
    assert.deepEqual(amounts('Selandia Baru memberi NZ $5 juta.'), [['NZ $5 juta', 5_000_000, 'NZD']]);
  });

  it('reads the Caribbean\'s and Central America\'s currency forms: "GY $", "GY$", "EC dollars", "B$", "CI$", colones and "₡"', () => {
    assert.deepEqual(amounts('Guyana spent GY $2 billion and GY$43.1 billion; 10.8 million EC dollars; B$5 million; CI$490 million; 118,000 million colones and ₡30 billion.'), [
      ['GY $2 billion', 2_000_000_000, 'GYD'],
      ['GY$43.1 billion', 43_100_000_000, 'GYD'],
      ['10.8 million EC dollars', 10_800_000, 'XCD'],
      ['B$5 million', 5_000_000, 'BSD'],
      ['CI$490 million', 490_000_000, 'KYD'],
      ['118,000 million colones', 118_000_000_000, 'CRC'],
      ['₡30 billion', 30_000_000_000, 'CRC'],
    ]);
  });

  it('reads the Moroccan press\'s "MAD" before a scaled or grouped number, and no other "MAD"', () => {
    assert.deepEqual(amounts('Rabat set aside MAD 14 billion, MAD 1,250,000 in fees and MAD 3.5 million. MAD 10 was written; the MAD 2024 plan.'), [
      ['MAD 14 billion', 14_000_000_000, 'MAD'],
      ['MAD 1,250,000', 1_250_000, 'MAD'],
      ['MAD 3.5 million', 3_500_000, 'MAD'],
    ]);
  });

  it('reads the IMF\'s special drawing rights as XDR, "SDR" before a scaled number and after any', () => {
    assert.deepEqual(amounts('The IMF approved SDR 472.8 million, SDR1.22 billion and 500 million SDRs; Dana IMF 20 juta hak penarikan khusus. The SDR basket; SDR 10.'), [
      ['SDR 472.8 million', 472.8e6, 'XDR'],
      ['SDR1.22 billion', 1.22e9, 'XDR'],
      ['500 million SDRs', 500e6, 'XDR'],
      ['20 juta hak penarikan khusus', 20e6, 'XDR'],
    ]);
  });

  it('reads Israeli shekels written "NIS": before a scaled or grouped number, after any number', () => {
    assert.deepEqual(amounts('The cabinet approved NIS 2.5 billion, NIS 1,200 per family and a fine of 500 NIS. The NIS 2023 report; one shekel.'), [
      ['NIS 2.5 billion', 2_500_000_000, 'ILS'],
      ['NIS 1,200', 1200, 'ILS'],
      ['500 NIS', 500, 'ILS'],
      ['one shekel', 1, 'ILS'],
    ]);
    assert.deepEqual(amounts('Israel deducts 240-260 million Israeli shekels and 5 billion new shekels.'), [
      ['240', 240_000_000, 'ILS'],
      ['260 million Israeli shekels', 260_000_000, 'ILS'],
      ['5 billion new shekels', 5_000_000_000, 'ILS'],
    ]);
  });

  it('reads bombs ("bom") and sources ("sumber") as counted nouns', () => {
    assert.deepEqual(amounts('Rusia meluncurkan 20 bom, kata dua sumber.'), [['20 bom', 20, 'bom'], ['dua sumber', 2, 'sumber']]);
  });

  it('reads motorcycles ("motor") and foreign workers ("TKA") as counted nouns', () => {
    assert.deepEqual(amounts('Pada 2024 Yamaha ekspor 23 ribu motor; kini datang 500 TKA.'), [['23 ribu motor', 23_000, 'motor'], ['500 TKA', 500, 'TKA']]);
  });

  it('reads "anak perusahaan" and "anak usaha" (subsidiaries) whole as counted nouns', () => {
    assert.deepEqual(amounts('Grup itu punya 12 anak perusahaan dan membeli dua anak usaha.'), [['12 anak perusahaan', 12, 'anak perusahaan'], ['dua anak usaha', 2, 'anak usaha']]);
  });

  it('reads aid recipients ("KPM", "penerima manfaat") whole as counted nouns, and "persen poin" as a percentage', () => {
    assert.deepEqual(amounts('Bansos untuk 21,3 juta KPM, 1.002 Keluarga Penerima Manfaat dan 20,6 juta penerima manfaat; kemiskinan turun 0,21 persen poin.'), [
      ['21,3 juta KPM', 21.3e6, 'KPM'],
      ['1.002 Keluarga Penerima Manfaat', 1002, 'Keluarga Penerima Manfaat'],
      ['20,6 juta penerima manfaat', 20.6e6, 'penerima manfaat'],
      ['0,21 persen poin', 0.21, '%'],
    ]);
  });

  it('reads engineers, squadrons, graduates and languages as counted nouns', () => {
    assert.deepEqual(amounts('Ada 120 insinyur, sebelas skadron, 20 lulusan dan 24 bahasa.'), [['120 insinyur', 120, 'insinyur'], ['sebelas skadron', 11, 'skadron'], ['20 lulusan', 20, 'lulusan'], ['24 bahasa', 24, 'bahasa']]);
  });

  it('reads Ugandan "sh90b" and "Shs 150bn", and conferences, seminars and health workers as counted nouns', () => {
    assert.deepEqual(amounts('Uganda will borrow sh90b and Shs 150bn.'), [['sh90b', 90_000_000_000, 'UGX'], ['Shs 150bn', 150_000_000_000, 'UGX']]);
    assert.deepEqual(amounts('Digelar dua konferensi untuk 50 tenaga kesehatan.'), [['dua konferensi', 2, 'konferensi'], ['50 tenaga kesehatan', 50, 'tenaga kesehatan']]);
  });

  it('reads no count in set phrases ("two-state solution", "solusi dua negara", "one-sided")', () => {
    assert.deepEqual(amounts('They backed a two-state solution, not a one-sided deal.'), []);
    // A set phrase that runs past the number, or opens a few tokens before it.
    assert.deepEqual(amounts('Under one country, two systems, and "satu negara, dua sistem", two-way trade grew.'), []);
    assert.deepEqual(amounts('Indonesia berpegang pada solusi dua negara bersama dua negara lain.'), [['dua negara', 2, 'negara']]);
    // An epithet: Turkey as the land of the Thousand and One Nights.
    assert.deepEqual(amounts('Kunjungan ke negeri seribu satu malam itu berlangsung tiga malam.'), [['tiga malam', 3, 'night']]);
  });

  it('gives two numbers joined by "and" the unit after the second, but no range to words with their own unit', () => {
    assert.deepEqual(amounts('Tenors of 10 and 30 years.'), [['10', 10, 'year'], ['30 years', 30, 'year']]);
    assert.deepEqual(amounts('Kunjungan sehari dan sepekan.'), [['sehari', 1, 'day'], ['sepekan', 1, 'week']]);
    assert.deepEqual(amounts('Selama dua periode ada tiga puluh pelaku usaha.'), [['dua periode', 2, 'periode'], ['tiga puluh pelaku usaha', 30, 'pelaku usaha']]);
  });

  it('reads riels and the kina\'s "K" (only before a scale word or grouped digits)', () => {
    assert.deepEqual(amounts('PNG will add K100 million; the rate was 4,010 riels; a K9 unit.'), [['K100 million', 100_000_000, 'PGK'], ['4,010 riels', 4010, 'KHR']]);
  });

  it('reads the kwacha by the country named (Malawi\'s or Zambia\'s), maloti and emalangeni', () => {
    assert.deepEqual(amounts('Malawi has been given 45 billion Kwacha, or K45 billion.'), [['45 billion Kwacha', 45e9, 'MWK'], ['K45 billion', 45e9, 'MWK']]);
    assert.deepEqual(amounts('Zambia spent 2 billion kwacha.'), [['2 billion kwacha', 2e9, 'ZMW']]);
    assert.deepEqual(amounts('Lesotho gets 3 billion maloti and Eswatini 5 million emalangeni.'), [['3 billion maloti', 3e9, 'LSL'], ['5 million emalangeni', 5e6, 'SZL']]);
  });

  it('reads an Indonesian head noun before a known count noun as the unit with it, but not a classifier', () => {
    assert.deepEqual(amounts('Hadir 1.542 perwakilan perusahaan dan lima buah kapal dari dua belah pihak.'), [
      ['1.542 perwakilan perusahaan', 1542, 'perwakilan perusahaan'],
      ['lima buah kapal', 5, 'kapal'],
      ['dua belah pihak', 2, 'pihak'],
    ]);
    assert.deepEqual(amounts('Hadir 70 perwakilan kedubes di 580.290 TPS atau 823.236 Tempat Pemungutan Suara, dari 14 Kementerian/Lembaga.'), [
      ['70 perwakilan', 70, 'perwakilan'],
      ['580.290 TPS', 580290, 'TPS'],
      ['823.236 Tempat Pemungutan Suara', 823236, 'Tempat Pemungutan Suara'],
      ['14 Kementerian/Lembaga', 14, 'Kementerian/Lembaga'],
    ]);
    // English puts the adjective first, also inside an Indonesian text.
    assert.deepEqual(amounts('They met 40 regional diplomats.'), [['40 regional diplomats', 40, 'diplomats']]);
    const mixed = 'Presiden dan menteri bertemu dengan para pengusaha di Jakarta untuk membahas kerja sama yang baru. Two regional diplomats came.';
    assert.deepEqual(amounts(mixed), [['Two regional diplomats', 2, 'diplomats']]);
  });

  it('reads "such" between a number and what it counts, and regional governments as counted nouns', () => {
    assert.deepEqual(amounts('They signed 28 such agreements with dua pemkab.'), [['28 such agreements', 28, 'agreements'], ['dua pemkab', 2, 'pemkab']]);
  });

  it('reads an ISO code before the number when the data writes it only after, Fijian dollars, MW before an acronym and schoolchildren', () => {
    assert.deepEqual(amounts('It pledged KRW 20 trillion and 2 billion Fijian dollars for a 250 MW LNG plant and 1 million schoolchildren.'), [
      ['KRW 20 trillion', 20_000_000_000_000, 'KRW'],
      ['2 billion Fijian dollars', 2_000_000_000, 'FJD'],
      ['250 MW', 250, 'MW'],
      ['1 million schoolchildren', 1_000_000, 'schoolchildren'],
    ]);
    assert.deepEqual(amounts('Satu per satu pengusaha datang, lalu dua pengusaha lagi.'), [['dua pengusaha', 2, 'pengusaha']]);
  });

  it('reads syarikah and permohonan as counted nouns', () => {
    assert.deepEqual(amounts('Ada delapan syarikah dan 1.800 permohonan.'), [['delapan syarikah', 8, 'syarikah'], ['1.800 permohonan', 1800, 'permohonan']]);
  });
  it('reads "Dollar America", an English spelling in Indonesian text, as the currency', () => {
    assert.deepEqual(amounts('Investasi mencapai 10 Miliar Dollar America tahun ini.'), [['10 Miliar Dollar America', 10_000_000_000, 'USD']]);
  });

  it('reads an English sum left without its currency after a scale\'s abbreviation as the last money\'s, where money was the last amount', () => {
    assert.deepEqual(amounts('India pledged Nu 100 bn to Bhutan.\n\nThe last plan\'s support was 45 bn. It reached 3 million people.'), [
      ['Nu 100 bn', 100e9, 'BTN'],
      ['45 bn', 45e9, 'BTN'],
      ['3 million people', 3e6, 'people'],
    ]);
  });

  it('gives a number in millions that ends its phrase the unit of the amount in millions just before it in its paragraph', () => {
    assert.deepEqual(amounts('Mexico shipped 3.5 million tons in 2024, behind Brazil (4.5 million) and Canada (6.5 million).'), [
      ['3.5 million tons', 3.5e6, 'ton'],
      ['4.5 million', 4.5e6, 'ton'],
      ['6.5 million', 6.5e6, 'ton'],
    ]);
    assert.deepEqual(amounts('Ekspor naik dari US$ 29,08 miliar pada 2016 menjadi 37,44 miliar pada 2018.'), [
      ['US$ 29,08 miliar', 29.08e9, 'USD'],
      ['37,44 miliar', 37.44e9, 'USD'],
    ]);
    // After a count and its share, the count's unit.
    assert.deepEqual(amounts('Jumlahnya 4,56 juta orang atau 13,58 persen. Pada 2015 naik menjadi 4,57 juta atau 13,6 persen.'), [
      ['4,56 juta orang', 4.56e6, 'orang'],
      ['13,58 persen', 13.58, '%'],
      ['4,57 juta', 4.57e6, 'orang'],
      ['13,6 persen', 13.6, '%'],
    ]);
  });

  it('leaves a number in millions alone after an amount that is not in millions, or in another paragraph', () => {
    assert.deepEqual(amounts('Some 45 countries joined. The target is 10 million a year.'), [['45 countries', 45, 'countries']]);
    assert.deepEqual(amounts('Stocks reached 1.6 million tons.\n\nThe plan is 2 million.'), [['1.6 million tons', 1.6e6, 'ton']]);
  });

  it('keeps the possessive written onto an Indonesian scale word out of the sum ("Rp14 ribunya")', () => {
    assert.deepEqual(amounts('Harganya Rp14 ribunya, ongkosnya Rp5 jutanya saja.'), [
      ['Rp14 ribu', 14000, 'IDR'],
      ['Rp5 juta', 5e6, 'IDR'],
    ]);
  });

  it('reads an Indonesian sum whose currency is left out after a word of money as the paragraph\'s currency, else rupiah', () => {
    assert.deepEqual(amounts('Tahun ini ada dana 14 milyar yang diperuntukkan bagi program itu.'), [['14 milyar', 14_000_000_000, 'IDR']]);
    assert.deepEqual(amounts('Muatan itu bernilai 2,8 miliar, ujarnya.'), [['2,8 miliar', 2_800_000_000, 'IDR']]);
    assert.deepEqual(amounts('Investasi senilai US$ 5 miliar dan dana sebesar 2 miliar untuk pelatihan.'), [
      ['US$ 5 miliar', 5_000_000_000, 'USD'],
      ['2 miliar', 2_000_000_000, 'USD'],
    ]);
    assert.deepEqual(amounts('Jadi total defisit kami 51 triliun.'), [['51 triliun', 51_000_000_000_000, 'IDR']]);
    // A new paragraph starts over with the rupiah.
    assert.deepEqual(amounts('Investasi US$ 5 miliar.\n\nAnggaran 3 triliun untuk itu.')[1], ['3 triliun', 3_000_000_000_000, 'IDR']);
    // No word of money, a thousand, a rate or an English text: no sum; a counted noun is counted.
    assert.deepEqual(amounts('Setiap provinsi menerima satu miliar.'), []);
    assert.deepEqual(amounts('Dana 5 ribu untuk warga.'), []);
    assert.deepEqual(amounts('Biaya 5 juta/bulan.'), []);
    assert.deepEqual(amounts('Dana 3 juta warga terdampak.'), [['3 juta warga', 3_000_000, 'warga']]);
    assert.deepEqual(amounts('The fund of 3 billion was approved.'), []);
  });
  it('reads a sum converted from another currency after "setara", its currency left out, as rupiah', () => {
    assert.deepEqual(amounts('Nilainya 513.000 US Dollar atau setara 7,1 miliar tersebut.'), [
      ['513.000 US Dollar', 513_000, 'USD'],
      ['7,1 miliar', 7_100_000_000, 'IDR'],
    ]);
    // After a rupiah sum the conversion is into a currency not named; in another sentence there is nothing to convert.
    assert.deepEqual(amounts('Harganya Rp 5 miliar atau setara 300 ribu.'), [['Rp 5 miliar', 5_000_000_000, 'IDR']]);
    assert.deepEqual(amounts('Nilainya 513.000 US Dollar. Angka itu setara 7,1 miliar, katanya.'), [['513.000 US Dollar', 513_000, 'USD']]);
  });
  it('reads a share of the sum just named, its currency left out, in that sum\'s currency, in both languages', () => {
    assert.deepEqual(amounts('The package includes 153 million euros, of which 60 million as a soft loan.'), [
      ['153 million euros', 153_000_000, 'EUR'],
      ['60 million', 60_000_000, 'EUR'],
    ]);
    assert.deepEqual(amounts('The deal is worth $3 billion, including about 1.2 billion in loans.')[1], ['1.2 billion', 1_200_000_000, 'USD']);
    assert.deepEqual(amounts('Investasi US$ 10 miliar, di antaranya 4 miliar untuk pabrik.')[1], ['4 miliar', 4_000_000_000, 'USD']);
    // Something counted after the number, another sentence, or no sum before: no share.
    assert.deepEqual(amounts('It costs 153 million euros, of which 60 million people pay.')[1], ['60 million people', 60_000_000, 'people']);
    assert.deepEqual(amounts('It costs 153 million euros.\n\nIncluding 60 million, it grew.'), [['153 million euros', 153_000_000, 'EUR']]);
    assert.deepEqual(amounts('The city, including 2 million in suburbs, grew.'), []);
  });
  it('counts the peoples of continents and regions as it counts a country\'s ("600 million Africans")', () => {
    assert.deepEqual(amounts('About 600 million Africans still lack power.'), [['600 million Africans', 600_000_000, 'Africans']]);
    assert.deepEqual(amounts('Some 20 Latin Americans came.'), [['20 Latin Americans', 20, 'Latin Americans']]);
  });
  it('reads a hyphenated fraction as a share in percent, but quarters of a year as a duration', () => {
    assert.deepEqual(amounts('Three-quarters of the new money goes to roads.'), [['Three-quarters', 75, '%']]);
    assert.deepEqual(amounts('He won two-thirds of the seats.'), [['two-thirds', 200 / 3, '%']]);
    assert.deepEqual(amounts('Growth slowed for two quarters.'), [['two quarters', 2, 'quarter']]);
  });
  it('reads calories, gates as counted, and "satu pintu" as a set phrase', () => {
    assert.deepEqual(amounts('Kalorinya sekitar 3.100 kilo kalori (KCal), minimal 4 ribu KCal.'), [
      ['3.100 kilo kalori', 3100, 'kcal'],
      ['4 ribu KCal', 4000, 'kcal'],
    ]);
    assert.deepEqual(amounts('Komoditas dilepas di 17 pintu, tetapi koordinasinya tetap satu pintu.'), [['17 pintu', 17, 'pintu']]);
  });
  it('reads the CFA franc in its written forms, as the XAF or XOF of the country named', () => {
    assert.deepEqual(amounts('Cameroon took a loan of about FCFA 181 billion, and a gift of FCFA nine billion.'), [
      ['FCFA 181 billion', 181e9, 'XAF'],
      ['FCFA nine billion', 9e9, 'XAF'],
    ]);
    assert.deepEqual(amounts('Senegal will receive 25 billion CFA francs for the port of Dakar.'), [['25 billion CFA francs', 25e9, 'XOF']]);
  });

  it('reads "SFr" before a sum as Swiss francs', () => {
    assert.deepEqual(amounts('Bern will spend about SFr370 million on the new rail link.'), [['SFr370 million', 370e6, 'CHF']]);
  });
  it('reads a number word after a currency written first only with a scale ("USD nine billion")', () => {
    assert.deepEqual(amounts('The fund holds USD nine billion.'), [['USD nine billion', 9e9, 'USD']]);
    assert.deepEqual(amounts('He paid USD one time.').filter(([, , unit]) => unit === 'USD'), []);
  });
  it('reads kilovolts and cubic hectometres, written against the number or apart', () => {
    assert.deepEqual(amounts('A 560hm3 reservoir feeds a 225Kv line and a 150 kV substation.'), [
      ['560hm3', 560, 'hm3'],
      ['225Kv', 225, 'kV'],
      ['150 kV', 150, 'kV'],
    ]);
  });
  it('reads a number whose thousands group is set off by a stray space ("$800, 000"), never as an amount of 0', () => {
    assert.deepEqual(amounts('The grant of $800, 000 was signed.'), [['$800, 000', 800_000, 'USD']]);
    assert.deepEqual(amounts('Costs of 11, 000,000.00 RMB arose.'), [['11, 000,000.00 RMB', 11_000_000, 'CNY']]);
    assert.deepEqual(amounts('Bantuan Rp 800. 000 diserahkan.'), [['Rp 800. 000', 800_000, 'IDR']]);
    assert.deepEqual(amounts('Ada 12, 15 dan 20 kapal.').map(([, value]) => value), [12, 15, 20]);
  });
  it('takes a second count noun written against a slash into the unit ("544 kabupaten/kota"), but no rate', () => {
    assert.deepEqual(amounts('Program ini menjangkau 544 kabupaten/kota di 38 provinsi.'), [['544 kabupaten/kota', 544, 'kabupaten/kota'], ['38 provinsi', 38, 'provinsi']]);
    assert.deepEqual(amounts('Pemprov merevitalisasi 61 SMA/SMK/SLB dan 51 madrasah.'), [['61 SMA/SMK/SLB', 61, 'SMA/SMK/SLB'], ['51 madrasah', 51, 'madrasah']]);
    assert.deepEqual(amounts('Exports of 500 tonnes/year were reported.'), [['500 tonnes', 500, 'ton']]);
  });
  it('keeps a duration\'s unit after modifiers ("two-plus years", "six consecutive months")', () => {
    assert.deepEqual(amounts('In the two-plus years and six consecutive months since, it grew.'), [['two-plus years', 2, 'year'], ['six consecutive months', 6, 'month']]);
  });
  it('counts cups, ambassadors ("dubes") and consuls-general; a quarter\'s number is no duration', () => {
    assert.deepEqual(amounts('Sepuluh dubes dan 7 calon konsul jenderal datang.'), [['Sepuluh dubes', 10, 'dubes'], ['7 calon konsul jenderal', 7, 'calon konsul jenderal']]);
    assert.deepEqual(amounts('Konsumsi mencapai 400–517 juta cangkir per hari.'), [['400', 400e6, 'cangkir'], ['517 juta cangkir', 517e6, 'cangkir']]);
    assert.deepEqual(amounts('Pertumbuhan triwulan 1 tahun 2022 sebesar 0,75%; ia menjabat 5 tahun.'), [['0,75%', 0.75, '%'], ['5 tahun', 5, 'year']]);
  });
  it('takes the same currency named again into the amount ("RMB Yuan")', () => {
    assert.deepEqual(amounts('All expenses of 11,000,000.00 RMB Yuan are borne by China.'), [['11,000,000.00 RMB Yuan', 11_000_000, 'CNY']]);
    assert.deepEqual(amounts('It paid 500 RMB and 20 dollars.'), [['500 RMB', 500, 'CNY'], ['20 dollars', 20, 'USD']]);
  });
  it('reads an ISO code written against a dollar sign ("SBD$2.1 million", "USD$988,000")', () => {
    assert.deepEqual(amounts('It cost SBD$2.1 million, or USD$988,000, and AUD$5 million more.'), [
      ['SBD$2.1 million', 2_100_000, 'SBD'],
      ['USD$988,000', 988_000, 'USD'],
      ['AUD$5 million', 5_000_000, 'AUD'],
    ]);
  });
  it('counts nothing after a number joined by a hyphen to a word that rates what follows ("a five-star hotel")', () => {
    assert.deepEqual(amounts('They plan a five-star hotel and a 5-star resort with a 12-member team over two-plus years.'), [
      ['12-member', 12, 'member'],
      ['two-plus years', 2, 'year'],
    ]);
  });
  it('lets another currency named after a prefixed number decide, unless it names what the sum buys', () => {
    assert.deepEqual(amounts('It paid $10 million Canadian dollars and £5 million Egyptian pounds.'), [
      ['$10 million Canadian dollars', 10_000_000, 'CAD'],
      ['£5 million Egyptian pounds', 5_000_000, 'EGP'],
    ]);
    assert.deepEqual(amounts('The province will spend $2.8 billion CDN on the port and CDN$ 40 million on roads.'), [
      ['$2.8 billion CDN', 2.8e9, 'CAD'],
      ['CDN$ 40 million', 40e6, 'CAD'],
    ]);
    assert.deepEqual(amounts('Investasi senilai Rp32,7 miliar dolar AS atau setara Rp469 triliun.')[0], ['Rp32,7 miliar dolar AS', 32_700_000_000, 'USD']);
    assert.deepEqual(amounts('It must renew the $5 billion yuan swap with China.'), [['$5 billion', 5_000_000_000, 'USD']]);
    assert.deepEqual(amounts('Dana US$ 5 miliar dolar.'), [['US$ 5 miliar dolar', 5_000_000_000, 'USD']]);
  });
  it('reads a range that opens with a number word and ends in digits ("five to 17 years")', () => {
    assert.deepEqual(amounts('Taxes are exempted for five to 17 years.'), [['five', 5, 'year'], ['17 years', 17, 'year']]);
    assert.deepEqual(amounts('Harga naik dari tiga hingga 10 persen.'), [['tiga', 3, '%'], ['10 persen', 10, '%']]);
  });
  it('takes a number restated in brackets the other way into the amount ("dua (2) perusahaan", "5 (lima) unit")', () => {
    assert.deepEqual(amounts('Pemerintah menunjuk dua (2) perusahaan dan menyerahkan 5 (lima) unit kapal.'), [
      ['dua (2) perusahaan', 2, 'perusahaan'],
      ['5 (lima) unit', 5, 'unit'],
    ]);
    assert.deepEqual(amounts('Masa kontraknya antara 5 (lima) hingga 10 (sepuluh) tahun.'), [['5 (lima)', 5, 'year'], ['10 (sepuluh) tahun', 10, 'year']]);
    // A bracketed number of another value is no restatement; neither is an article number.
    assert.deepEqual(amounts('Ada 3 (4) kapal. Sesuai Pasal 5 (lima) undang-undang itu.'), []);
  });
  it('reads a share after "atau" that follows a prefixed sum as its own amount, no range ("USD5.209,50 atau 46,23 persen")', () => {
    assert.deepEqual(amounts('Investasi senilai USD5.209,50 atau 46,23 persen dari total.'), [['USD5.209,50', 5209.5, 'USD'], ['46,23 persen', 46.23, '%']]);
    assert.deepEqual(amounts('Nilainya US$5 atau 6 miliar.'), [['US$5', 5e9, 'USD'], ['6 miliar', 6e9, 'USD']]);
  });
  it('reads "lima besar" as a rank, not a count; "kilo gram" as a unit; sons and daughters as counted', () => {
    assert.deepEqual(amounts('Provinsi itu masuk lima besar lokasi investasi dan 10 besar tujuan ekspor.'), []);
    assert.deepEqual(amounts('Kapal memuat 300 kilo gram lada, dan Raja datang bersama tiga putrinya.'), [['300 kilo gram', 300, 'kg'], ['tiga putrinya', 3, 'putri']]);
  });
  it('counts medical supplies: cylinders, concentrators, ventilators, masks', () => {
    assert.deepEqual(amounts('Bantuan berupa 2.800 tabung oksigen dan 500 ventilator tiba dari Jepang.'), [['2.800 tabung', 2800, 'tabung'], ['500 ventilator', 500, 'ventilator']]);
    assert.deepEqual(amounts('The ship carried 3,000 oxygen cylinders and 200 concentrators.'), [['3,000 oxygen cylinders', 3000, 'cylinders'], ['200 concentrators', 200, 'concentrators']]);
  });
  it('counts camps, borders, potentials, agreements and powers in Indonesian', () => {
    assert.deepEqual(amounts('Ia menghubungi dua kubu di tiga perbatasan yang punya empat potensi.'), [
      ['dua kubu', 2, 'kubu'],
      ['tiga perbatasan', 3, 'perbatasan'],
      ['empat potensi', 4, 'potensi'],
    ]);
    assert.deepEqual(amounts('Mereka meneken empat persetujuan antara dua kekuatan regional.'), [
      ['empat persetujuan', 4, 'persetujuan'],
      ['dua kekuatan', 2, 'kekuatan'],
    ]);
  });
  it('reads a count whose noun comes before "sebanyak" and the number, the number alone as the span', () => {
    assert.deepEqual(amounts('Nilai proyek sebanyak 455 dan jumlah wisatawan sebanyak 1.200 orang. Peserta sebanyak 150 hadir.'), [
      ['455', 455, 'proyek'],
      ['1.200 orang', 1200, 'orang'],
      ['150', 150, 'Peserta'],
    ]);
    // Not a year, nor a number after a name.
    assert.deepEqual(amounts('Pada tahun sebanyak 2019 dan PLTU sebanyak 12.'), []);
  });

  it('reads the Jordanian dinar\'s "JD" before a scale or grouped digits', () => {
    assert.deepEqual(amounts('The government allocated JD1.6 billion for projects and JD 250 million for water.'), [
      ['JD1.6 billion', 1.6e9, 'JOD'],
      ['JD 250 million', 2.5e8, 'JOD'],
    ]);
  });

  it('counts the plural after a listed noun in English, and capitalised rulers', () => {
    assert.deepEqual(amounts('It marked the death of two Greek jet pilots. Three truck drivers came.'), [
      ['two Greek jet pilots', 2, 'pilots'],
      ['Three truck drivers', 3, 'drivers'],
    ]);
    assert.deepEqual(amounts('In the statement, the two Amirs praised ties, and three Prime Ministers came.'), [
      ['two Amirs', 2, 'Amirs'],
      ['three Prime Ministers', 3, 'Prime Ministers'],
    ]);
  });

  it('reads fractions without a hyphen before "of", and Indonesian ones, as shares', () => {
    assert.deepEqual(amounts('He won two thirds of the seats and one third of the vote. In three quarters growth rose.'), [
      ['two thirds', 200 / 3, '%'],
      ['one third', 100 / 3, '%'],
      ['three quarters', 3, 'quarter'],
    ]);
    assert.deepEqual(amounts('Ia meraih mayoritas dua pertiga suara dan tiga perempat anggota.'), [
      ['dua pertiga', 200 / 3, '%'],
      ['tiga perempat', 75, '%'],
    ]);
  });

  it('counts candidates, deaths and calls in Indonesian', () => {
    assert.deepEqual(amounts('Ia menang dari tiga kandidat. Ada 12 ribu kematian dan satu panggilan telepon.'), [
      ['tiga kandidat', 3, 'kandidat'],
      ['12 ribu kematian', 12000, 'kematian'],
      ['satu panggilan telepon', 1, 'panggilan telepon'],
    ]);
  });

  it('reads a model\'s name and number between a count and its noun, and no verb after a plural noun', () => {
    assert.deepEqual(amounts('Germany pledged eight Leopard 2 battle tanks.'), [['eight Leopard 2 battle tanks', 8, 'tanks']]);
    assert.deepEqual(amounts('The trade flow between the two countries adds up to $160B.'), [
      ['two countries', 2, 'countries'],
      ['$160B', 160e9, 'USD'],
    ]);
  });

  it('counts a model in the plural, a model after modifiers, and a name in the plural, but no year before a name', () => {
    assert.deepEqual(amounts('Norway has delivered six F-16s, and Greece wants 14 more F-35s.'), [
      ['six F-16s', 6, 'F-16s'],
      ['14 more F-35s', 14, 'F-35s'],
    ]);
    assert.deepEqual(amounts('The deal adds nine additional F-35 fighter jets and 40 more Leopard 2 tanks.'), [
      ['nine additional F-35 fighter jets', 9, 'fighter jets'],
      ['40 more Leopard 2 tanks', 40, 'tanks'],
    ]);
    assert.deepEqual(amounts('Seoul sold 800 K2 tanks and 36 MAN 40M trucks, then two Constellation-class FFG-type frigates.'), [
      ['800 K2 tanks', 800, 'tanks'],
      ['36 MAN 40M trucks', 36, 'trucks'],
      ['two Constellation-class FFG-type frigates', 2, 'frigates'],
    ]);
    assert.deepEqual(amounts('Russia struck three Ukrainian Black Sea ports; 40 Bali hotels closed.'), [
      ['three Ukrainian Black Sea ports', 3, 'ports'],
      ['40 Bali hotels', 40, 'hotels'],
    ]);
    assert.deepEqual(amounts('Berlin may send 12 Skyrangers. In 2024 Republicans won; a K9 unit came.'), [['12 Skyrangers', 12, 'Skyrangers']]);
  });

  it('counts an Indonesian word no list knows after a number, a classifier alone, and no verb', () => {
    assert.deepEqual(amounts('Bantuan berupa 12.000 selimut, 300 boks biskuit, 150 laki-laki, tenda 4.000 buah; dan 6.000 buah kelambu.'), [
      ['12.000 selimut', 12000, 'selimut'],
      ['300 boks', 300, 'boks'],
      ['150 laki-laki', 150, 'laki-laki'],
      ['4.000 buah', 4000, 'buah'],
      ['6.000 buah kelambu', 6000, 'buah kelambu'],
    ]);
    assert.deepEqual(amounts('Sebanyak 20 tewas dan 15 dikirim pulang; 30 bertahan.'), []);
  });

  it('reads the New Taiwan dollar as NTD and by name', () => {
    assert.deepEqual(amounts('Upah naik dari NTD 17.000 menjadi 20.000 New Taiwan Dollar.'), [
      ['NTD 17.000', 17000, 'TWD'],
      ['20.000 New Taiwan Dollar', 20000, 'TWD'],
    ]);
  });

  it('counts across a disease\'s designation ("one million COVID-19 vaccines"), and reads "net zero" as no amount', () => {
    assert.deepEqual(amounts('Ireland will donate one million COVID-19 vaccines and 2.5 million Covid-19 vaccine doses.'), [
      ['one million COVID-19 vaccines', 1_000_000, 'vaccines'],
      ['2.5 million Covid-19 vaccine doses', 2_500_000, 'doses'],
    ]);
    assert.deepEqual(amounts('The plan reaches net zero emissions by 2050.'), []);
    assert.deepEqual(amounts('Target nett zero emission dunia; sales will cross five figures, a six-figure salary.'), []);
    // A unit symbol with a capital inside goes on into no name ("1,000 MWh Battery Energy Storage System").
    assert.deepEqual(amounts('They will build a 1,000 MWh Battery Energy Storage System.'), [['1,000 MWh', 1000, 'MWh']]);
    assert.deepEqual(amounts('Emisi 1,3 giga ton karbon; emissions of 1.2 gigatonnes.'), [
      ['1,3 giga ton', 1.3, 'gigaton'],
      ['1.2 gigatonnes', 1.2, 'gigaton'],
    ]);
  });

  it('counts office holders by their title in lower case ("25 pangeran", "12 kepala negara")', () => {
    assert.deepEqual(amounts('Sebanyak 25 pangeran, 12 kepala negara dan 3 gubernur hadir.'), [
      ['25 pangeran', 25, 'pangeran'],
      ['12 kepala negara', 12, 'kepala negara'],
      ['3 gubernur', 3, 'gubernur'],
    ]);
  });

  it('counts a bare number by the noun of the count just before it, after a share word or before a verb', () => {
    assert.deepEqual(amounts('Some 120 countries have joined, including 18 in Africa.'), [
      ['120 countries', 120, 'countries'],
      ['18', 18, 'countries'],
    ]);
    assert.deepEqual(amounts('Norway ordered 12 F-16s. Six were delivered, and another 4 arrive in May.'), [
      ['12 F-16s', 12, 'F-16s'],
      ['Six', 6, 'F-16s'],
      ['4', 4, 'F-16s'],
    ]);
    assert.deepEqual(amounts('Dari 30 pertemuan itu, lima di antaranya tingkat menteri.'), [
      ['30 pertemuan', 30, 'pertemuan'],
      ['lima', 5, 'pertemuan'],
    ]);
    // "diantaranya" written as one word, then a noun: still the share, the noun no unit.
    assert.deepEqual(amounts('Korban jiwa 102 orang, 96 diantaranya warga Pidie Jaya.'), [
      ['102 orang', 102, 'orang'],
      ['96', 96, 'orang'],
    ]);
    // "voted", "abstained"; and "MPs" counted.
    assert.deepEqual(amounts('Of the 472 MPs present, 278 voted in favour, 192 voted against, and two abstained.'), [
      ['472 MPs', 472, 'MPs'],
      ['278', 278, 'MPs'],
      ['192', 192, 'MPs'],
      ['two', 2, 'MPs'],
    ]);
    // Casualty words after the number: the injured, the dead, the missing.
    assert.deepEqual(amounts('Korban mencapai 832 jiwa, 540 luka-luka. The blast killed 12 people; 3 missing.'), [
      ['832 jiwa', 832, 'jiwa'],
      ['540', 540, 'jiwa'],
      ['12 people', 12, 'people'],
      ['3', 3, 'people'],
    ]);
    // A verbless list of shares: "six from the Democrats".
    assert.deepEqual(amounts('Of the 54 committees, 15 from Pheu Thai, six from the Democrats and two from the Thai Economic Party.'), [
      ['54 committees', 54, 'committees'],
      ['15', 15, 'committees'],
      ['six', 6, 'committees'],
      ['two', 2, 'committees'],
    ]);
    // But millions in a sentence of money are money left unnamed, not a count.
    assert.deepEqual(amounts('Of $11.3 million, most goes to the four bridges, while eight million from the bank goes to roads.'), [
      ['$11.3 million', 11_300_000, 'USD'],
      ['four bridges', 4, 'bridges'],
    ]);
  });

  it('counts a bare number that ends its phrase in the sentence of a count by that count\'s noun', () => {
    assert.deepEqual(amounts('The party obtained 27 seats, well above the 18 it had. It has 233 seats, compared with 198 before.'), [
      ['27 seats', 27, 'seats'],
      ['18', 18, 'seats'],
      ['233 seats', 233, 'seats'],
      ['198', 198, 'seats'],
    ]);
    // A range "dari N jadi M" and a list after parties' names.
    assert.deepEqual(amounts('Gerindra dari 73 jadi 79 kursi, Demokrat dari 61 jadi 57. PDIP meraih 31 kursi, PKB 13.'), [
      ['73', 73, 'kursi'],
      ['79 kursi', 79, 'kursi'],
      ['61', 61, 'kursi'],
      ['57', 57, 'kursi'],
      ['31 kursi', 31, 'kursi'],
      ['13', 13, 'kursi'],
    ]);
    // Lists in brackets after lower-case nouns, not after names (an age) nor as enumerators.
    assert.deepEqual(amounts('Renang mengirim 47 atlet, tenis meja (41), dan dua warga YJCH (33), yaitu: (1) dana.'), [
      ['47 atlet', 47, 'atlet'],
      ['41', 41, 'atlet'],
      ['dua warga', 2, 'warga'],
    ]);
    // Not an age, an index's level, a time, a model's number nor the first group of a spaced number.
    assert.deepEqual(amounts('It vaccinated 6,552 people aged 18 and older, between 8am and 4pm, on Toyota 79 chassis; over 179 cases and 4, 400 deaths.'), [
      ['6,552 people', 6552, 'people'],
      ['179 cases', 179, 'cases'],
      ['400 deaths', 400, 'deaths'],
    ]);
    assert.deepEqual(amounts('IHSG turun 108 poin ke level 6.740 dengan support di 8.080.'), [['108 poin', 108, 'poin']]);
  });

  it('counts the far end of a range from a count by its noun, and "N million of" a counted noun', () => {
    assert.deepEqual(amounts('Deliveries rose from 9.9 million doses to 20 million in May.'), [
      ['9.9 million doses', 9.9e6, 'doses'],
      ['20 million', 20e6, 'doses'],
    ]);
    assert.deepEqual(amounts('Kuota naik dari 221 ribu jemaah menjadi 229 ribu tahun ini.'), [
      ['221 ribu jemaah', 221_000, 'jemaah'],
      ['229 ribu', 229_000, 'jemaah'],
    ]);
    // A dash joins like "to".
    assert.deepEqual(amounts('Deliveries rose from 9.9 million doses – 20 million in May.'), [
      ['9.9 million doses', 9.9e6, 'doses'],
      ['20 million', 20e6, 'doses'],
    ]);
    // "and" lists rather than ranges, and a range needs "from" before its count.
    assert.deepEqual(amounts('They sent 40 doctors and 12 arrived; 40 nurses to 12 clinics.'), [
      ['40 doctors', 40, 'doctors'],
      ['40 nurses', 40, 'nurses'],
      ['12 clinics', 12, 'clinics'],
    ]);
    assert.deepEqual(amounts('Kenya received 20 million of COVID-19 vaccine doses.'), [['20 million', 20e6, 'doses']]);
    assert.deepEqual(amounts('Some 2 million of the region and 3 million of them.'), []);
  });

  it('reads a range whose ends each carry a scale across a dash, with or without spaces', () => {
    const both = [
      ['3,5 juta', 3.5e6, 'orang'],
      ['7,4 juta orang', 7.4e6, 'orang'],
    ];
    assert.deepEqual(amounts('Targetnya 3,5 juta-7,4 juta orang.'), both);
    assert.deepEqual(amounts('Targetnya 3,5 juta -7,4 juta orang.'), both);
    assert.deepEqual(amounts('Targetnya 3,5 juta - 7,4 juta orang.'), both);
    // A minus sign after a word stays one.
    assert.deepEqual(amounts('Ekspor turun -7,4 persen.'), [['-7,4 persen', -7.4, '%']]);
  });

  it('counts the noun a sentence names as its subject ("jumlah wisatawan ... 1,256 juta")', () => {
    assert.deepEqual(amounts('Jumlah wisatawan yang datang pada Mei 2019 sejumlah 1,256 juta.'), [['1,256 juta', 1.256e6, 'wisatawan']]);
    // A noun that is itself a number of things needs no "jumlah".
    assert.deepEqual(amounts('Tambahan kuota haji sebanyak 20.000 seharusnya dibagi rata. Kuota haji Indonesia tahun ini sebesar 221 ribu.'), [
      ['20.000', 20000, 'kuota'],
      ['221 ribu', 221000, 'kuota'],
    ]);
    assert.deepEqual(amounts('Kami minta kunjungan wisatawan antar kedua negara 10 juta per tahun.'), [['10 juta', 10e6, 'wisatawan']]);
    assert.deepEqual(amounts('The number of companies with foreign capital is over 1600, officials said.'), [['1600', 1600, 'companies']]);
    assert.deepEqual(amounts('The number of visitors reached 2 million last year.'), [['2 million', 2e6, 'visitors']]);
    // Not past another number, nor from the noun of a count just read.
    assert.deepEqual(amounts('Jumlah wisatawan naik 20 persen menjadi 1,2 juta.'), [['20 persen', 20, '%']]);
    assert.deepEqual(amounts('Tercatat 1,35 juta kunjungan wisatawan, 412.000 di antaranya wisatawan asing.'), [
      ['1,35 juta kunjungan', 1.35e6, 'kunjungan'],
      ['412.000', 412_000, 'kunjungan'],
    ]);
  });

  it('reads "200 ribuan anak" (about 200 thousand) with "ribuan" and "jutaan" as scales after a number only', () => {
    assert.deepEqual(amounts('Sekitar 200 ribuan anak dan 1,5 jutaan pengunjung.'), [
      ['200 ribuan anak', 200_000, 'anak'],
      ['1,5 jutaan pengunjung', 1.5e6, 'pengunjung'],
    ]);
    assert.deepEqual(amounts('Ada ribuan warga dan jutaan ton beras.'), []);
    assert.deepEqual(amounts('Kejaksaan mengeksekusi delapan terpidana mati.'), [['delapan terpidana', 8, 'terpidana']]);
  });

  it('reads "a 130-strong delegation" as the size of the group', () => {
    assert.deepEqual(amounts('He led a 130-strong delegation and a 1,100-strong force.'), [
      ['130-strong', 130, 'delegation'],
      ['1,100-strong', 1100, 'force'],
    ]);
  });

  it('reads a rank ("peringkat 5 negara") as no count', () => {
    assert.deepEqual(amounts('India berada di peringkat 5 negara dengan kunjungan terbanyak.'), []);
    assert.deepEqual(amounts('Pertumbuhan berada di posisi enam persen.'), [['enam persen', 6, '%']]);
  });

  it('reads the Croatian kuna, "Japanese Yen", millimetres and "two-part"', () => {
    assert.deepEqual(amounts('Costs rise from HRK 700 million to HRK 1.88 billion, or 300 million kunas.'), [
      ['HRK 700 million', 700e6, 'HRK'],
      ['HRK 1.88 billion', 1.88e9, 'HRK'],
      ['300 million kunas', 300e6, 'HRK'],
    ]);
    assert.deepEqual(amounts('A grant of 300 million Japanese Yen.'), [['300 million Japanese Yen', 300e6, 'JPY']]);
    assert.deepEqual(amounts('It sent 155 mm shells after 40 mm of rain, in a two-part package.'), [
      ['155 mm', 155, 'mm'],
      ['40 mm', 40, 'mm'],
      ['two-part', 2, 'part'],
    ]);
  });

  it('keeps a bare "$" that a code after the sum calls US dollars in US dollars, in a paper whose country has its own', () => {
    assert.deepEqual(amounts('Barbados spends $400 million USD on fuel and $5 million dollars on roads, Barbados said.'), [
      ['$400 million USD', 400e6, 'USD'],
      ['$5 million dollars', 5e6, 'BBD'],
    ]);
  });

  it('counts the numbers after countries listed in the sentence of a count by the same noun', () => {
    assert.deepEqual(amounts('Terbanyak adalah China, sebanyak 1.329.847 orang, diikuti Australia 1.129.523, dan Jepang 349.119.'), [
      ['1.329.847 orang', 1_329_847, 'orang'],
      ['1.129.523', 1_129_523, 'orang'],
      ['349.119', 349_119, 'orang'],
    ]);
    // Not in the next sentence.
    assert.deepEqual(amounts('Ekspor ke 5 negara naik. Australia 2.000 lalu.'), [['5 negara', 5, 'negara']]);
  });

  it('reads megawatt peak', () => {
    assert.deepEqual(amounts('PLTS 1.000 MWp, 192 megawatt peak dan 50 kWp.'), [
      ['1.000 MWp', 1000, 'MWp'],
      ['192 megawatt peak', 192, 'MWp'],
      ['50 kWp', 50, 'kWp'],
    ]);
  });

  it('reads "tahun ini" after a number in thousands as this year, not as years', () => {
    assert.deepEqual(amounts('Kuotanya 229 ribu tahun ini dan 230 ribu tahun depan.'), []);
    assert.deepEqual(amounts('Manusia tiba 10 ribu tahun lalu; momentum 75 tahun ini.'), [
      ['10 ribu tahun', 10_000, 'year'],
      ['75 tahun', 75, 'year'],
    ]);
  });

  it('counts no bare number after a sum of money, "one of", or a name, nor in the next paragraph', () => {
    assert.deepEqual(amounts('Two credits: 300 million dollars go to the IDB and another 300 to the CAF.'), [
      ['Two credits', 2, 'credits'],
      ['300 million dollars', 300e6, 'USD'],
    ]);
    assert.deepEqual(amounts('They signed six agreements; under one of them, Article 5 was changed.\n\n20 were left.'), [['six agreements', 6, 'agreements']]);
  });

  it('reads "IRs" and "NRs", and runs no currency on over a line break into a country', () => {
    assert.deepEqual(amounts('India provided IRs 1 billion and NRs 5 million.'), [
      ['IRs 1 billion', 1e9, 'INR'],
      ['NRs 5 million', 5e6, 'NPR'],
    ]);
    assert.deepEqual(amounts('Beijing will lend 30 Billion Yuan\n\nChina has agreed to it.'), [['30 Billion Yuan', 30e9, 'CNY']]);
  });

  it('reads East African "/-" sums with "bn" and "tri", dalasi, "two dozens", and keeps the prefix currency before "/-"', () => {
    assert.deepEqual(amounts("Tanzania's debt worth 31.4bn/- and investments of about 17.8tri/- were listed."), [
      ['31.4bn/-', 31.4e9, 'TZS'],
      ['17.8tri/-', 17.8e12, 'TZS'],
    ]);
    assert.deepEqual(amounts('In Kenya the fee is 2,000/-, while in India it is Rs 500/-.'), [
      ['2,000/-', 2000, 'KES'],
      ['Rs 500/-', 500, 'INR'],
    ]);
    assert.deepEqual(amounts('The Gambia spent over ten million dalasi on two dozens ships.'), [
      ['ten million dalasi', 10e6, 'GMD'],
      ['two dozens ships', 24, 'ships'],
    ]);
  });

  it('reads a hyphenated pair of number words as a range, and a count joined by an en dash', () => {
    assert.deepEqual(amounts('Mungkin satu-dua minggu lagi, sekitar dua-tiga hari.'), [
      ['satu', 1, 'week'],
      ['dua minggu', 2, 'week'],
      ['dua', 2, 'day'],
      ['tiga hari', 3, 'day'],
    ]);
    assert.deepEqual(amounts('He made a one–day working visit with a 12–member team.'), [
      ['one–day', 1, 'day'],
      ['12–member', 12, 'member'],
    ]);
    assert.deepEqual(amounts('Twenty-three ships sailed.'), [['Twenty-three ships', 23, 'ships']]);
    assert.deepEqual(amounts('B.C. is on a two-front trade war, the result of one individual.'), [
      ['two-front', 2, 'front'],
      ['one individual', 1, 'individual'],
    ]);
  });

  it('reads speeds, metric tonnes written "MT", and the pula, "U$", "Frwf" and "Nu."', () => {
    assert.deepEqual(amounts('Kereta melaju hingga 351 km/jam, lalu 140 km per jam.'), [
      ['351 km/jam', 351, 'km/h'],
      ['140 km per jam', 140, 'km/h'],
    ]);
    assert.deepEqual(amounts('Trains run at 350 km/h, or 217 mph.'), [
      ['350 km/h', 350, 'km/h'],
      ['217 mph', 217, 'mph'],
    ]);
    assert.deepEqual(amounts('Ekspor mencapai 23.999 MT.'), [['23.999 MT', 23_999, 'ton']]);
    // Indian papers write metric tonnes in lower case, with "lakh"; kilograms as "kgs".
    assert.deepEqual(amounts('Urea imports were 47,000 mt and DAP 1.32 lakh mt; it shipped 2,466,025kgs of coltan.'), [
      ['47,000 mt', 47_000, 'ton'],
      ['1.32 lakh mt', 132_000, 'ton'],
      ['2,466,025kgs', 2_466_025, 'kg'],
    ]);
    assert.deepEqual(amounts('Egypt will build a 55-kilometer-square plant.'), [['55-kilometer-square', 55, 'km2']]);
    assert.deepEqual(amounts('The fund holds KRW 4 tln.'), [['KRW 4 tln', 4e12, 'KRW']]);
    assert.deepEqual(amounts('Satelit berkapasitas 150 Gbps memberi 100 Mbps per pengguna; the cable stores 5 terabytes.'), [
      ['150 Gbps', 150, 'Gbps'],
      ['100 Mbps', 100, 'Mbps'],
      ['5 terabytes', 5, 'TB'],
    ]);
    assert.deepEqual(amounts('Revenue is seven hundred million Pula, a U$1.2b budget, or Frwf 2.4 Trillion.'), [
      ['seven hundred million Pula', 700e6, 'BWP'],
      ['U$1.2b', 1.2e9, 'USD'],
      ['Frwf 2.4 Trillion', 2.4e12, 'RWF'],
    ]);
    assert.deepEqual(amounts('The tariff was raised to Nu.2.25 from Nu.2, the minister said.'), [
      ['Nu.2.25', 2.25, 'BTN'],
      ['Nu.2', 2, 'BTN'],
    ]);
  });

  it('counts "hal", "komoditi", "walikota" and border posts ("PLBN")', () => {
    assert.deepEqual(amounts('Ada 36 komoditi, 7 PLBN, tiga Walikota dan dua hal penting.'), [
      ['36 komoditi', 36, 'komoditi'],
      ['7 PLBN', 7, 'PLBN'],
      ['tiga Walikota', 3, 'Walikota'],
      ['dua hal', 2, 'hal'],
    ]);
  });

  it('reads no count in a body named by its number ("the Group of 20 countries"), but a count after a group in lower case', () => {
    assert.deepEqual(amounts('Ministers of the Group of 20 countries and the Group of Seven nations met a group of 20 countries.'), [['20 countries', 20, 'countries']]);
  });

  it('reads a measure after a year-like number ("2000 ton"), never "2019 M" or "pada 2019 ton"', () => {
    assert.deepEqual(amounts('Ada 2000 ton beras dan jalan 2000 KM.'), [
      ['2000 ton', 2000, 'ton'],
      ['2000 KM', 2000, 'km'],
    ]);
    assert.deepEqual(amounts('Biaya haji 1440 H/2019 M naik. Pada 2019 ton beras diimpor.'), []);
    // A count approximated or introduced is no year either.
    assert.deepEqual(amounts('Sekitar 2000 orang datang, sebanyak 1998 warga pulang; about 2000 people stayed. In 2000 people voted.'), [
      ['2000 orang', 2000, 'orang'],
      ['1998 warga', 1998, 'warga'],
      ['2000 people', 2000, 'people'],
    ]);
  });

  it('gives the far end of a range its own currency sign, and makes two sums of two currencies', () => {
    assert.deepEqual(amounts('Harga naik dari Rp7.000 sampai Rp7.400 per kg.'), [
      ['Rp7.000', 7000, 'IDR'],
      ['Rp7.400', 7400, 'IDR'],
    ]);
    assert.deepEqual(amounts('The fee fell from KSh 162 to KSh 142.'), [
      ['KSh 162', 162, 'KES'],
      ['KSh 142', 142, 'KES'],
    ]);
    assert.deepEqual(amounts('Nilai US$ 86.564.501 atau Rp 1.351.921.094.367 disita.'), [
      ['US$ 86.564.501', 86_564_501, 'USD'],
      ['Rp 1.351.921.094.367', 1_351_921_094_367, 'IDR'],
    ]);
  });

  it('adds number words parted by a comma or "and" ("twenty-four billion, three hundred and sixty million")', () => {
    assert.deepEqual(amounts('Revenue is twenty-four billion, three hundred and sixty million dollars.'), [
      ['twenty-four billion, three hundred and sixty million dollars', 24.36e9, 'USD'],
    ]);
    assert.deepEqual(amounts('Revenue is twelve billion and one hundred million dollars.'), [['twelve billion and one hundred million dollars', 12.1e9, 'USD']]);
    assert.deepEqual(amounts('The budget is one billion and 557 million BAM.'), [['one billion and 557 million BAM', 1.557e9, 'BAM']]);
    // Digits stay apart: a list.
    assert.deepEqual(amounts('Revenue is 2 billion, 300 million people came.'), [['300 million people', 300e6, 'people']]);
  });

  it('continues no count through a word of money ("36 komoditi ... nilai mencapai US 98,83 juta")', () => {
    assert.deepEqual(amounts('Ada 36 komoditi yang diekspor dengan nilai mencapai US 98,83 juta.'), [['36 komoditi', 36, 'komoditi']]);
  });

  it('reads the Macanese pataca and "Chinese yuan"', () => {
    assert.deepEqual(amounts('Revenue was MOP34.6 billion, MOP$10 million and 23.7 billion patacas.'), [
      ['MOP34.6 billion', 34.6e9, 'MOP'],
      ['MOP$10 million', 10e6, 'MOP'],
      ['23.7 billion patacas', 23.7e9, 'MOP'],
    ]);
    assert.deepEqual(amounts('It received 2.875 billion Chinese yuan.'), [['2.875 billion Chinese yuan', 2.875e9, 'CNY']]);
  });

  it('reads a vote\'s tally after a word of voting, each number a count of votes; no score or year span', () => {
    assert.deepEqual(amounts('The House voted 285-3 with no abstention. Voting 21-0-1, senators approved. It was upheld by a vote of 5-4, in a 6-3 vote.'), [
      ['285', 285, 'votes'],
      ['3', 3, 'votes'],
      ['21', 21, 'votes'],
      ['0', 0, 'votes'],
      ['1', 1, 'votes'],
      ['5', 5, 'votes'],
      ['4', 4, 'votes'],
      ['6', 6, 'votes'],
      ['3', 3, 'votes'],
    ]);
    assert.deepEqual(amounts('The team won 3-1 and voted in 2019-2024.'), []);
    // In brackets after each name, in a paragraph about the vote.
    assert.deepEqual(amounts("By the vote's results, Tom Harrow (262-205-5) and Li Wen (249- 204-18) kept their posts.\n\nThe team (3-1) won."), [
      ['262', 262, 'votes'],
      ['205', 205, 'votes'],
      ['5', 5, 'votes'],
      ['249', 249, 'votes'],
      ['204', 204, 'votes'],
      ['18', 18, 'votes'],
    ]);
  });

  it('reads "P" before a rate\'s number with no scale as pesos once the text writes "P" before a scaled sum', () => {
    assert.deepEqual(amounts('Rice at P20 per kilo and a P4000 monthly wage are funded from the P6.8 trillion budget; fill in the P5 form.'), [
      ['P20', 20, 'PHP'],
      ['P4000', 4000, 'PHP'],
      ['P6.8 trillion', 6.8e12, 'PHP'],
    ]);
    assert.deepEqual(amounts('Rice at P20 per kilo.'), []);
    // "T" for trillion against the number or its hyphen.
    assert.deepEqual(amounts('The government eyes a P6.793-T budget for the year, and the House approves the P6.352T plan.'), [
      ['P6.793-T', 6.793e12, 'PHP'],
      ['P6.352T', 6.352e12, 'PHP'],
    ]);
  });

  it('reads "one abstention", a hyphenated "165,000-classroom", Indonesian election counts and the household and ward counts KK, RW, RT', () => {
    assert.deepEqual(amounts('With 18 votes in favor and one abstention, to end a 165,000-classroom shortage.'), [
      ['18 votes', 18, 'votes'],
      ['one abstention', 1, 'abstention'],
      ['165,000-classroom', 165_000, 'classroom'],
    ]);
    // Election counts: incumbents, parties, candidate pairs.
    assert.deepEqual(amounts('Sebelas petahana wali kota ikut, diusung 3 Parpol untuk 2 paslon.'), [
      ['Sebelas petahana', 11, 'petahana'],
      ['3 Parpol', 3, 'Parpol'],
      ['2 paslon', 2, 'paslon'],
    ]);
    assert.deepEqual(amounts('Sebanyak 22 RW dan 5 RT, terdiri dari 6.600 KK.'), [
      ['22 RW', 22, 'RW'],
      ['5 RT', 5, 'RT'],
      ['6.600 KK', 6_600, 'KK'],
    ]);
  });

  it('reads no amount in a programme\'s capitalised name opened before the number ("Program 3 Juta Rumah"), and reads "45 assemblymen"', () => {
    assert.deepEqual(amounts('Pemerintah meluncurkan Program 3 Juta Rumah untuk rakyat. Sebanyak 25 Duta Besar hadir.'), [['25 Duta Besar', 25, 'Duta Besar']]);
    assert.deepEqual(amounts('It was debated by 45 assemblymen, 19 of whom spoke.'), [
      ['45 assemblymen', 45, 'assemblymen'],
      ['19', 19, 'assemblymen'],
    ]);
  });

  it('reads a capitalised number word opening the line after a title-case headline ("Passes Budget⏎Sixty-six National Assembly members")', () => {
    assert.deepEqual(amounts('Parliament Passes Budget\nSixty-six National Assembly members approved it.'), [['Sixty-six National Assembly members', 66, 'members']]);
  });
  it('reads bare "pounds" as the currency of the country an English article is about, and the Sudanese pounds by name', () => {
    assert.deepEqual(amounts('Juba, South Sudan. South Sudan owes its civil servants 174 billion pounds, the South Sudan finance ministry said.'), [
      ['174 billion pounds', 1.74e11, 'SSP'],
    ]);
    assert.deepEqual(amounts('The UK will pay 5 billion pounds to British farmers, London said.'), [['5 billion pounds', 5e9, 'GBP']]);
    // Each currency's own countries decide: the dollar's "US$" first does not settle the pound.
    assert.deepEqual(amounts('Juba, South Sudan. South Sudan received US$ 5 million and $ 2 million in aid. South Sudan owes 174 billion pounds in salaries.'), [
      ['US$ 5 million', 5e6, 'USD'],
      ['$ 2 million', 2e6, 'USD'],
      ['174 billion pounds', 1.74e11, 'SSP'],
    ]);
    assert.deepEqual(amounts('It paid 7 billion South Sudanese pounds and 5 million Sudanese pounds.'), [
      ['7 billion South Sudanese pounds', 7e9, 'SSP'],
      ['5 million Sudanese pounds', 5e6, 'SDG'],
    ]);
    assert.deepEqual(amounts('Pemerintah membayar 174 miliar pound Sudan Selatan dan 5 juta pound Sudan.'), [
      ['174 miliar pound Sudan Selatan', 1.74e11, 'SSP'],
      ['5 juta pound Sudan', 5e6, 'SDG'],
    ]);
  });

  it('reads a year after "the end of", "late" or "akhir" as a year, not as the first of two sums', () => {
    assert.deepEqual(amounts('It earned 95 billion dollars by the end of 2016 and 232 billion dollars by late 2019.'), [
      ['95 billion dollars', 9.5e10, 'USD'],
      ['232 billion dollars', 2.32e11, 'USD'],
    ]);
    assert.deepEqual(amounts('Aturan itu berlaku pada akhir 2024 atau 18 bulan ke depan.'), [['18 bulan', 18, 'month']]);
  });
  it('gives a currency code written against the next number to that number ("Turunan 1 USD10 per ton")', () => {
    assert.deepEqual(amounts('Turunan 1 USD10 per ton dan Turunan 2 USD5 per ton; harganya 10 USD per ton.'), [
      ['USD10', 10, 'USD'],
      ['USD5', 5, 'USD'],
      ['10 USD', 10, 'USD'],
    ]);
  });
  it('reads no count in "the one" standing for a thing named before, nor in "One Belt, One Road"', () => {
    assert.deepEqual(amounts('It is a fraction of the one Korea comes up with; the one-hour meeting ended.'), [['one-hour', 1, 'hour']]);
    assert.deepEqual(amounts('The One Belt, One Road initiative and One Belt One Road loans grew by 5 percent.'), [['5 percent', 5, '%']]);
  });
  it('reads kilolitres ("kL"), Peruvian soles ("S/") and Slovak crowns ("Sk")', () => {
    assert.deepEqual(amounts('Alokasinya 12,9 juta kL; 2.5 million kL and 3 million kilolitres.'), [
      ['12,9 juta kL', 1.29e7, 'kl'],
      ['2.5 million kL', 2.5e6, 'kl'],
      ['3 million kilolitres', 3e6, 'kl'],
    ]);
    assert.deepEqual(amounts('Projects totaling more than S/820 million and an extra Sk800 million (€20.5 million).'), [
      ['S/820 million', 8.2e8, 'PEN'],
      ['Sk800 million', 8e8, 'SKK'],
      ['€20.5 million', 2.05e7, 'EUR'],
    ]);
  });
  it('reads a number word capitalised within a sentence only in the document\'s language: "the Lima region" is a place in English', () => {
    assert.deepEqual(amounts('Residents of the Lima region and five districts voted.'), [['five districts', 5, 'districts']]);
    // A title-case headline capitalises every word: its number words read in either language.
    const headline = 'Residents of the Lima region voted on Monday in the capital city.\nGencatan Senjata Diperpanjang Dua Bulan\nThe truce held for five days.';
    assert.deepEqual(amounts(headline), [['Dua Bulan', 2, 'month'], ['five days', 5, 'day']]);
    assert.deepEqual(amounts('Lima Menteri hadir dalam rapat itu.'), [['Lima Menteri', 5, 'Menteri']]);
  });
  it('reads no amount in the decimals of a word written with digits ("M1.3 billion" is no "3 billion"); "P2.5 billion" stays pesos', () => {
    assert.deepEqual(amounts('Lesotho took M1.3 billion loans; the P2.5 billion plan and version 2.1 files.'), [['P2.5 billion', 2.5e9, 'PHP']]);
  });
  it('reads counts of academies, beds and floors, and no count after a stage\'s number ("tahap 2 rencana")', () => {
    assert.deepEqual(amounts('Presiden mengunjungi dua tempat di Kyiv.'), [['dua tempat', 2, 'tempat']]);
    assert.deepEqual(amounts('Dibukanya tiga akademi. Rumah sakit itu punya 100 tempat tidur di gedung setinggi 20 lantai, di lantai 3.'), [
      ['tiga akademi', 3, 'akademi'],
      ['100 tempat tidur', 100, 'tempat tidur'],
      ['20 lantai', 20, 'lantai'],
    ]);
    assert.deepEqual(amounts('Sudah ada US$35 juta, dan tahap 2 rencana tambah US$100 juta; proyek itu punya 3 tahap.'), [
      ['US$35 juta', 3.5e7, 'USD'],
      ['US$100 juta', 1e8, 'USD'],
      ['3 tahap', 3, 'tahap'],
    ]);
  });

  it('gives a bare number in brackets after a country the unit of the list entry before it ("Comoro (268 persen), Gabon (215)"), and counts mechanics', () => {
    assert.deepEqual(amounts('Liberia naik 284 persen, Comoro (268 persen), Gabon (215), dan Cabo Verde (100). Pesawat itu membawa 10 mekanik.'), [
      ['284 persen', 284, '%'],
      ['268 persen', 268, '%'],
      ['215', 215, '%'],
      ['100', 100, '%'],
      ['10 mekanik', 10, 'mekanik'],
    ]);
    // Not after a sum, whose scale may change from entry to entry; not a number in brackets after a name outside such a list.
    assert.deepEqual(amounts('Ekspor ke Jepang (US$ 5 juta) dan Korea (2) naik; Tonga (3) hadir.'), [['US$ 5 juta', 5e6, 'USD']]);
  });

  it('reads no count in "dari satu provinsi ke provinsi lain" or a list\'s item number, and no years in "sebesar 100.051 tahun ini"', () => {
    assert.deepEqual(amounts('Mereka pindah dari satu provinsi ke provinsi lain, from one country to another, di satu provinsi.'), [['satu provinsi', 1, 'provinsi']]);
    assert.deepEqual(amounts('Negara dengan Kuota Haji Terbanyak\n1. Indonesia\n2. Pakistan'), []);
    assert.deepEqual(amounts('Indonesia mendapat kuota haji sebesar 100.051 tahun ini, naik 5 persen tahun ini.'), [
      ['100.051', 100051, 'kuota'],
      ['5 persen', 5, '%'],
    ]);
  });

  it('reads "square km" and counts of icebreakers, and no count in "one way or the other"', () => {
    assert.deepEqual(amounts('The deal covered 175,000 square km.\n\nFour Icebreakers To Be Built\n\nOne way or the other, we will.'), [
      ['175,000 square km', 175000, 'km2'],
      ['Four Icebreakers', 4, 'Icebreakers'],
    ]);
  });

  it('counts golf holes, rooms and lanes written against their number with a hyphen', () => {
    assert.deepEqual(amounts('A 54-hole golf course, a 20-room hotel and a 3-lane road.'), [
      ['54-hole', 54, 'hole'],
      ['20-room', 20, 'room'],
      ['3-lane', 3, 'lane'],
    ]);
  });

  it('reads decimals said digit by digit after "point" or "koma" ("31-point-eight trillion won", "dua koma lima persen")', () => {
    assert.deepEqual(amounts('It rose 1-point-eight-five percent to 31-point-eight trillion won, one point five billion dollars.'), [
      ['1-point-eight-five percent', 1.85, '%'],
      ['31-point-eight trillion won', 31.8e12, 'KRW'],
      ['one point five billion dollars', 1.5e9, 'USD'],
    ]);
    assert.deepEqual(amounts('Inflasi dua koma lima persen.'), [['dua koma lima persen', 2.5, '%']]);
    // Spaced out, only before a scale or a percentage.
    assert.deepEqual(amounts('At one point five of them left the room.'), []);
  });

  it('counts the noun of a whole after a number word and "of their" / "of these" ("two of their annual exercises"), never after "one"', () => {
    assert.deepEqual(amounts('They will not hold two of their annual exercises. He bought four of these icebreakers. In one of the urban areas it rained.'), [
      ['two', 2, 'exercises'],
      ['four', 4, 'icebreakers'],
    ]);
  });

  it('counts regulations by their abbreviations ("dua PP", "3 Perpres"), not an article\'s number before one ("Pasal 2 UU")', () => {
    assert.deepEqual(amounts('Aturan akan tercantum dalam dua PP dan 3 Perpres serta dua UU. Pasal 2 UU Cipta Kerja berlaku.'), [
      ['dua PP', 2, 'PP'],
      ['3 Perpres', 3, 'Perpres'],
      ['dua UU', 2, 'UU'],
    ]);
  });
  it('counts nations in Indonesian ("dua bangsa")', () => {
    assert.deepEqual(amounts('Hubungan antara dua bangsa yang bertetangga dekat.'), [['dua bangsa', 2, 'bangsa']]);
  });
  it('reads a word that only looks plural before a plural noun as its modifier ("four overseas trips")', () => {
    assert.deepEqual(amounts('The Prime Minister made four overseas trips since he took office.'), [['four overseas trips', 4, 'trips']]);
  });
  it('reads quadrillions ("20.176 quadrillion rials", "2 kuadriliun")', () => {
    assert.deepEqual(amounts("Iran's budget is 20.176 quadrillion rials, the government in Tehran said."), [['20.176 quadrillion rials', 20.176e15, 'IRR']]);
    assert.deepEqual(amounts('Anggarannya Rp 2 kuadriliun.'), [['Rp 2 kuadriliun', 2e15, 'IDR']]);
  });
  it('reads the Lebanese pound written "LL" before a scale or grouped digits, and no amount after "not"', () => {
    assert.deepEqual(amounts('The cabinet in Beirut approved LL 200 billion and LL 1,500,000 for the army.'), [
      ['LL 200 billion', 200e9, 'LBP'],
      ['LL 1,500,000', 1.5e6, 'LBP'],
    ]);
    assert.deepEqual(amounts('Not one shekel will end up there, and not one dollar either, the minister said.'), []);
  });
  it('reads the mixed-case prefix "Us$" as US dollars', () => {
    assert.deepEqual(amounts('Nilai investasinya mencapai Us$ 5 miliar tahun lalu.'), [['Us$ 5 miliar', 5e9, 'USD']]);
  });
  it('counts what the sentence counted in words in brackets after a name ("PNC (nine)"), but no age in digits', () => {
    assert.deepEqual(amounts('Pangu leads with 22 seats, trailed by PNC (nine) and National Alliance (three).').map((amount) => amount[0]), ['22 seats', 'nine', 'three']);
    assert.deepEqual(amounts('The party won 22 seats, led by John Smith (61) and Mary Jones (58).').map((amount) => amount[0]), ['22 seats']);
  });
  it('reads a counted noun or its modifier in quotation marks right after the number', () => {
    const text = 'Israel keeps five "strategic" points, the Majlis got two “state decrees” and Moscow lists 48 “unfriendly countries”.';
    assert.deepEqual(amounts(text), [
      ['five "strategic" points', 5, 'points'],
      ['two “state decrees”', 2, 'decrees'],
      ['48 “unfriendly countries”', 48, 'countries'],
    ]);
  });
  it('reads a tally after a chamber\'s verb or joined by "to" before "vote", and counts Democrats and Republicans', () => {
    assert.deepEqual(amounts('The rule was adopted, 216-210, after the committee approved 40-3.').map((amount) => amount[0]), ['216', '210', '40', '3']);
    assert.deepEqual(amounts('The Senate passed it by a 60 to 40 vote.'), [['60', 60, 'votes'], ['40', 40, 'votes']]);
    assert.deepEqual(amounts('After eight Democrats joined, three other Republicans voted no.'), [
      ['eight Democrats', 8, 'Democrats'],
      ['three other Republicans', 3, 'Republicans'],
    ]);
  });
  it('reads the Uganda shilling written "Ushs", and no amount after "not even"', () => {
    assert.deepEqual(amounts('The budget in Kampala is Ushs6.4 trillion. Not even one region has been left behind.'), [['Ushs6.4 trillion', 6.4e12, 'UGX']]);
  });
  it('reads no count in a maker\'s model that ends its phrase after a count ("Boeing 777")', () => {
    assert.deepEqual(amounts('Garuda membeli 50 pesawat Boeing baru, yang sebagian besar merupakan Boeing 777.'), [['50 pesawat', 50, 'pesawat']]);
  });
  it('reads a sum in crore or lakh with no currency written as rupees', () => {
    assert.deepEqual(amounts('Nilai kontraknya senilai 3.800 crore atau sekitar Rp7,2 triliun.'), [
      ['3.800 crore', 38e9, 'INR'],
      ['Rp7,2 triliun', 7.2e12, 'IDR'],
    ]);
    assert.deepEqual(amounts('The state approved projects worth 6,450 crore for 12 lakh farmers.'), [
      ['6,450 crore', 64.5e9, 'INR'],
      ['12 lakh farmers', 1.2e6, 'farmers'],
    ]);
  });
  it('reads "trilun" and "Trliun" as trillions, counts "ruang kelas", and no number inside a place\'s name', () => {
    assert.deepEqual(amounts('Anggaran Rp 1 trilun dan Rp 8 Trliun untuk 3.333 ruang kelas di Lima Puluh Kota.'), [
      ['Rp 1 trilun', 1e12, 'IDR'],
      ['Rp 8 Trliun', 8e12, 'IDR'],
      ['3.333 ruang kelas', 3333, 'ruang kelas'],
    ]);
  });

  it('reads a bare "$" in a New Zealand finance minister\'s budget as New Zealand dollars', () => {
    const text = 'Finance Minister Nicola Willis said the Government has allocated an operating allowance of $3.5 billion for the Budget. Willis said savings of $7.5b were banked.';
    assert.deepEqual(amounts(text).map((amount) => amount[2]), ['NZD', 'NZD']);
  });
  it('reads "the 2026 year" as a year, not a duration, and counts "manusia"', () => {
    assert.deepEqual(amounts('Apprentices will start in the 2026 year; the plan runs for 2 years.'), [['2 years', 2, 'year']]);
    assert.deepEqual(amounts('Penduduk India itu 1,4 miliar manusia.'), [['1,4 miliar manusia', 1.4e9, 'manusia']]);
  });
  it('gives a sum in millions or more said again without its currency the currency it had', () => {
    const text = 'Anggaran jalan Rp187 miliar pada 2025. "Tahun depan dari 187 miliar naik," ujarnya. Dana Rp4 triliun disiapkan; empat triliun (untuk banjir) sudah ada.';
    assert.deepEqual(amounts(text), [
      ['Rp187 miliar', 187e9, 'IDR'],
      ['187 miliar', 187e9, 'IDR'],
      ['Rp4 triliun', 4e12, 'IDR'],
      ['empat triliun', 4e12, 'IDR'],
    ]);
  });
  it('counts warships by "KRI" but not a ship named after it, and no count in the nine-dash line', () => {
    assert.deepEqual(amounts('Ada tiga atau empat KRI dan 41 KRI baru. Kapal SS 2 ditangkap KRI Teuku Umar. Klaim sembilan garis putus-putus China, the nine-dash line.'), [
      ['tiga', 3, 'KRI'],
      ['empat KRI', 4, 'KRI'],
      ['41 KRI', 41, 'KRI'],
    ]);
  });

  it('reads "one day" after a modal verb or opening a sentence before a comma as some day, no duration', () => {
    assert.deepEqual(amounts('Ukraine will one day join. One day, the war will end. The summit lasted one day. One day later, talks resumed.'), [
      ['one day', 1, 'day'],
      ['One day', 1, 'day'],
    ]);
  });

  it('reads an Indonesian count noun right before a number in millions that ends its phrase as what it counts', () => {
    assert.deepEqual(amounts('Penduduk 1,4 Miliar tapi Beras Melimpah'), [['1,4 Miliar', 1400000000, 'Penduduk']]);
    assert.deepEqual(amounts('Kata dia, India itu pak orangnya 1,4 miliar.'), [['1,4 miliar', 1400000000, 'orang']]);
  });

  it('reads "CFA" after a number as the West African franc, and units of account as special drawing rights', () => {
    assert.deepEqual(amounts('A 1,500 billion CFA bond and a budget of 19,636,030 Units of Account.'), [
      ['1,500 billion CFA', 1500000000000, 'XOF'],
      ['19,636,030 Units of Account', 19636030, 'XDR'],
    ]);
  });

  it('reads a currency quote whose range end repeats only the changing decimals ("160.40-43 yen", "$1.0693-0697")', () => {
    assert.deepEqual(amounts('The dollar fetched 160.40-43 yen, the euro $1.0693-0697, later 160.98-02 yen; growth was 2.50-75 percent.'), [
      ['160.40', 160.4, 'JPY'],
      ['43 yen', 160.43, 'JPY'],
      ['$1.0693', 1.0693, 'USD'],
      ['0697', 1.0697, 'USD'],
      ['160.98', 160.98, 'JPY'],
      ['02 yen', 161.02, 'JPY'],
      ['2.50', 2.5, '%'],
      ['75 percent', 75, '%'],
    ]);
  });

  it('counts votes before "in favor" and "against" after it', () => {
    assert.deepEqual(amounts('The resolution passed with 248 in favor, eight against and six abstentions; 52% in favour.'), [
      ['248', 248, 'votes'],
      ['eight', 8, 'votes'],
      ['six abstentions', 6, 'abstentions'],
      ['52%', 52, '%'],
    ]);
  });

  it('reads oil output in barrels of oil equivalent a day and power in volt-amperes', () => {
    assert.deepEqual(amounts('Produksi mencapai 742 BOEPD, pelanggan 900 VA naik, trafo 60 MVA.'), [
      ['742 BOEPD', 742, 'boe/day'],
      ['900 VA', 900, 'VA'],
      ['60 MVA', 60, 'MVA'],
    ]);
  });

  it('reads no hectares in "hanya" after a year ("APBN 2025 hanya mencapai")', () => {
    assert.deepEqual(amounts('Subsidi dalam APBN 2025 hanya mencapai Rp87,72 triliun.'), [['Rp87,72 triliun', 87720000000000, 'IDR']]);
  });

  it('reads a code written against its digits without a scale ("JD30") once the text has written it with one', () => {
    assert.deepEqual(amounts('The JD500m package raises fees to JD30 and JD600.'), [
      ['JD500m', 500000000, 'JOD'],
      ['JD30', 30, 'JOD'],
      ['JD600', 600, 'JOD'],
    ]);
    assert.deepEqual(amounts('Fees rise to JD30 and JD600.'), []);
  });

  it('opens no range at a year before a far smaller number ("its forecast for 2025 to 2 per cent")', () => {
    assert.deepEqual(amounts('The IMF cut its growth forecast for 2025 to 2 per cent.'), [['2 per cent', 2, '%']]);
  });

  it('keeps the prefix\'s currency for a sum whose conversion follows after "atau" ("Rp 150.000 atau 10 dollar AS")', () => {
    assert.deepEqual(amounts('Tiketnya Rp 150.000 atau 10 dollar AS per orang, dari US$ 5 hingga 10 juta dolar.'), [
      ['Rp 150.000', 150000, 'IDR'],
      ['10 dollar AS', 10, 'USD'],
      ['US$ 5', 5000000, 'USD'],
      ['10 juta dolar', 10000000, 'USD'],
    ]);
  });

  it('opens a range with "dari" a few lower-case words before the number ("dari yang sebelumnya 14,3 juta menjadi 17 juta kunjungan")', () => {
    assert.deepEqual(amounts('Target naik dari yang sebelumnya 14,3 juta menjadi 17 juta kunjungan.'), [
      ['14,3 juta', 14300000, 'kunjungan'],
      ['17 juta kunjungan', 17000000, 'kunjungan'],
    ]);
  });

  it('counts the noun in brackets right after a number, outside the span ("4,5 juta (wisman)")', () => {
    assert.deepEqual(amounts('Targetnya 4,5 juta (wisman) di tahun ini. Pemerintah membeli 4 (pesawat) lagi.'), [
      ['4,5 juta', 4500000, 'wisman'],
      ['4', 4, 'pesawat'],
    ]);
  });

  it('reads a shared currency sign by the country of the leaders a text names when it names no country ("President Duma Boko ... P27.2 billion")', () => {
    assert.deepEqual(amounts('President Duma Boko announced the budget of P27.2 billion.'), [['P27.2 billion', 27200000000, 'BWP']]);
    assert.deepEqual(amounts('President Ferdinand Marcos Jr. announced a P6.2 trillion budget.'), [['P6.2 trillion', 6200000000000, 'PHP']]);
  });

  it('reads Zimbabwe Gold (ZiG, ZWG) sums', () => {
    assert.deepEqual(amounts('The bank printed ZiG$700 billion and ZiG140 billion, or 5 billion ZiG.'), [
      ['ZiG$700 billion', 700000000000, 'ZWG'],
      ['ZiG140 billion', 140000000000, 'ZWG'],
      ['5 billion ZiG', 5000000000, 'ZWG'],
    ]);
  });

  it('reads millions right after a month\'s name as an amount ("hingga Maret 5 juta ton"); the month and a bare number stay a day', () => {
    assert.deepEqual(amounts('Target hingga Maret 5 juta ton tercapai. Pada Maret 5 rapat dimulai.'), [['5 juta ton', 5000000, 'ton']]);
  });

  it('counts rice, state firms and migrant workers (PMI, CPMI) in Indonesian', () => {
    assert.deepEqual(amounts('Bulog menyalurkan satu juta beras kepada dua badan usaha; 10.111 PMI dan 400 CPMI.'), [
      ['satu juta beras', 1000000, 'beras'],
      ['dua badan usaha', 2, 'badan usaha'],
      ['10.111 PMI', 10111, 'PMI'],
      ['400 CPMI', 400, 'CPMI'],
    ]);
  });

  it('reads kilowatt-hours whole', () => {
    assert.deepEqual(amounts('Output reached 7.5 billion kilowatt-hours.'), [['7.5 billion kilowatt-hours', 7500000000, 'kWh']]);
  });

  it('reads the Bangkok Post\'s "B" for baht before a scale, and no sum in a letter set apart from grouped digits', () => {
    assert.deepEqual(amounts('The plan costs B60bn, or B2.5 billion more, for Class B 1,000 shares.'), [
      ['B60bn', 60000000000, 'THB'],
      ['B2.5 billion', 2500000000, 'THB'],
      ['1,000 shares', 1000, 'shares'],
    ]);
  });

  it('reads a bare exchange rate before "per" or "against" a currency in the currency its sentence names', () => {
    assert.deepEqual(amounts('Rupiah ditutup melemah ke level 16.806 per dolar AS. Harga cabai 5.000 per kilogram.'), [['16.806', 16806, 'IDR']]);
    assert.deepEqual(amounts('The yen weakened to 160.88 against the dollar, while the rupee was at 83.2 per dollar.'), [
      ['160.88', 160.88, 'JPY'],
      ['83.2', 83.2, 'INR'],
    ]);
  });

  it('gives a later sum with no currency the currency of the sum before a bracketed conversion, not the conversion\'s', () => {
    assert.deepEqual(amounts('Taxes would produce an additional 28 billion rand ($1.53 billion), less than half the 58 billion the Treasury had hoped for.'), [
      ['28 billion rand', 28000000000, 'ZAR'],
      ['$1.53 billion', 1530000000, 'USD'],
      ['58 billion', 58000000000, 'ZAR'],
    ]);
  });

  it('gives the far end of a range opened by "from" the unit written after its near end ("from 62 years to 64")', () => {
    assert.deepEqual(amounts('He raised the age from 62 years to 64. From 10 days to 2025 he waited. Naik dari 5% ke 10%.'), [
      ['62 years', 62, 'year'],
      ['64', 64, 'year'],
      ['10 days', 10, 'day'],
      ['5%', 5, '%'],
      ['10%', 10, '%'],
    ]);
  });

  it('counts with the whole\'s noun after "dari" and its number ("2 dari 4 rencana jalan tol")', () => {
    assert.deepEqual(amounts('Target 2 dari 4 rencana jalan tol selesai, dan dua dari empat proyek jalan.'), [
      ['2', 2, 'rencana jalan tol'],
      ['4 rencana jalan tol', 4, 'rencana jalan tol'],
      ['dua', 2, 'proyek'],
      ['empat proyek', 4, 'proyek'],
    ]);
  });

  it('counts the losing side of "N votes to M" and reads a rate "to the dollar"', () => {
    assert.deepEqual(amounts('MSPs backed the bill by 73 votes to 29, with the rest abstaining. He won 5 votes to 3 seats.'), [
      ['73 votes', 73, 'votes'],
      ['29', 29, 'votes'],
      ['5 votes', 5, 'votes'],
      ['3 seats', 3, 'seats'],
    ]);
    assert.deepEqual(amounts('The yuan was set at 7.1219 to the dollar.'), [['7.1219', 7.1219, 'CNY']]);
  });

  it('counts candidate pairs, judges and ballots in Indonesian', () => {
    assert.deepEqual(amounts('Ada 103 pasang calon, 3 hakim dan 7 surat suara rusak.'), [
      ['103 pasang calon', 103, 'pasang calon'],
      ['3 hakim', 3, 'hakim'],
      ['7 surat suara', 7, 'surat suara'],
    ]);
  });

  it('reads "one official" who speaks as an unnamed source, not a count ("only one official" still counts)', () => {
    assert.deepEqual(amounts('One Israeli official told reporters so. Said one government official: no. Only one official was arrested.'), [['one official', 1, 'official']]);
  });

  it('reads a bare dollar sum in brackets after a sum in another currency as its US-dollar conversion, even in a Canadian story', () => {
    const text = 'Canada will hit 30 billion Canadian dollars ($20 billion) of goods. Canada, Canada and Canada agreed; Ottawa set aside $5 billion.';
    assert.deepEqual(amounts(text), [
      ['30 billion Canadian dollars', 30000000000, 'CAD'],
      ['$20 billion', 20000000000, 'USD'],
      ['$5 billion', 5000000000, 'CAD'],
    ]);
  });

  it('reads the hyphenated "50-per-cent"', () => {
    assert.deepEqual(amounts('A 50-per-cent tariff.'), [['50-per-cent', 50, '%']]);
  });
});
