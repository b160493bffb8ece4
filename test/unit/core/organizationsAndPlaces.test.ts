import { strict as assert } from 'node:assert';
import { annotate } from '../../../src/core';
import { entityOf, texts } from './annotatorTestHelpers';

describe('organisations and places', () => {
  it('recognises international bodies by name and abbreviation in both languages', () => {
    assert.deepEqual(texts('PBB, ASEAN dan Uni Eropa bertemu; Organisasi Perdagangan Dunia menunggu.', 'organization'), ['PBB', 'ASEAN', 'Uni Eropa', 'Organisasi Perdagangan Dunia']);
    const document = annotate('The WTO and the European Union met. The EU agreed.');
    assert.equal(entityOf(document, 'EU').id, entityOf(document, 'European Union').id);
    assert.equal(entityOf(document, 'WTO').attributes.wikidata, 'Q7825');
  });

  it('lets a longer organisation or place name win over the country inside it', () => {
    assert.deepEqual(texts('Bank Indonesia dan Kamar Dagang dan Industri Indonesia hadir.', 'country'), []);
    assert.deepEqual(texts('Kapal patroli di Laut China Selatan.', 'country'), []);
    assert.deepEqual(texts('Kapal patroli di Laut China Selatan.', 'place'), ['Laut China Selatan']);
    // The airport is named after two leaders, but it is a place.
    assert.deepEqual(texts('Pesawat mendarat di Bandara Soekarno-Hatta.', 'leader'), []);
    assert.deepEqual(texts('Pesawat mendarat di Bandara Soekarno-Hatta.', 'place'), ['Bandara Soekarno-Hatta']);
    assert.deepEqual(texts('Support for the Sweden Democrats rose in Sweden.', 'country'), ['Sweden']);
    // A party's name holds the given name of a leader the story names later; neither is read from it.
    const party = 'The case was lodged by the Christian Democratic Union of Germany (CDU). Finance minister Christian Lindner said he would comply.';
    assert.deepEqual(texts(party, 'country'), []);
    assert.deepEqual(texts(party, 'leader'), ['Christian Lindner']);
    // A party and a stock exchange named after their country.
    assert.deepEqual(texts('Partai oposisi Kongres Nasional India mengecam; saham di Bursa Efek Indonesia naik.', 'country'), []);
    assert.deepEqual(texts('Partai oposisi Kongres Nasional India mengecam; saham di Bursa Efek Indonesia naik.', 'organization'), ['Kongres Nasional India', 'Bursa Efek Indonesia']);
  });

  it('knows the regions of European states, each with its country', () => {
    assert.deepEqual(texts('Migrants were moved from the Canary Islands to Andalusia, Catalonia and Bavaria.', 'place'), ['Canary Islands', 'Andalusia', 'Catalonia', 'Bavaria']);
    const document = annotate('Migrants were moved from the Canary Islands to Andalusia.');
    assert.equal(entityOf(document, 'Canary Islands').attributes.countryCode, 'ES');
  });

  it('reads "South American" and "Latin American" as regions, not the United States', () => {
    assert.deepEqual(texts('South American leaders met Latin American ministers.', 'place'), ['South American', 'Latin American']);
  });

  it('keeps an Indonesian number word that is also a capital\'s name a number', () => {
    assert.deepEqual(texts('Lima negara hadir.', 'place'), []);
  });

  it('knows the regional bodies of Africa, the Caribbean and South Asia by name and abbreviation', () => {
    const text = 'ECOWAS, SADC and the East African Community met CARICOM and SAARC envoys and the African Development Bank (AfDB).';
    assert.deepEqual(texts(text, 'organization'), ['ECOWAS', 'SADC', 'East African Community', 'CARICOM', 'SAARC', 'African Development Bank', 'AfDB']);
    assert.deepEqual(texts('Komunitas Afrika Timur (EAC) menyambut Indonesia.', 'organization'), ['Komunitas Afrika Timur', 'EAC']);
  });

  it('reads "Kota Kuwait" and "Kota Meksiko" as capitals, not countries', () => {
    const text = 'Kantor pusatnya di Kota Kuwait, dekat Mexico City dan Kota Meksiko.';
    assert.deepEqual(texts(text, 'place'), ['Kota Kuwait', 'Mexico City', 'Kota Meksiko']);
    assert.deepEqual(texts(text, 'country'), []);
  });

  it('reads Australian states as places, not the country ("Australia Barat", "Western Australia")', () => {
    assert.deepEqual(texts('Kadin Indonesia dan Australia Barat menandatangani rencana aksi.', 'place'), ['Australia Barat']);
    assert.deepEqual(texts('Pemerintah Indonesia dan Australia Barat menandatangani rencana aksi.', 'country'), ['Indonesia']);
    assert.deepEqual(texts('Exports from Western Australia and South Australia rose.', 'place'), ['Western Australia', 'South Australia']);
  });

  it('reads MIND ID under its written-out names, so that their country word is no country', () => {
    const text = 'Konsorsium terdiri dari Mining and Industry Indonesia atau MIND ID dan Mining Industry Indonesia.';
    assert.deepEqual(texts(text, 'organization'), ['Mining and Industry Indonesia', 'MIND ID', 'Mining Industry Indonesia']);
    assert.deepEqual(texts(text, 'country'), []);
  });

  it('reads Northern Ireland, Scotland and Wales as places of the United Kingdom, not Ireland', () => {
    const indonesian = 'Menteri Pertama Irlandia Utara bertemu Presiden Irlandia di Skotlandia.';
    assert.deepEqual(texts(indonesian, 'place'), ['Irlandia Utara', 'Skotlandia']);
    assert.deepEqual(texts(indonesian, 'country'), ['Irlandia']);
    assert.deepEqual(texts('Leaders from Northern Ireland and Wales met in Scotland.', 'place'), ['Northern Ireland', 'Wales', 'Scotland']);
    // A province's people are no British.
    assert.deepEqual(texts('It is stable for British Columbians.', 'country'), []);
  });

  it("reads an Australian state's adjective as the state, so that a bare dollar there is Australia's", () => {
    const text = "The West Australian Government's deficit is $3.1 billion, as China buys less.";
    assert.deepEqual(texts(text, 'place'), ['West Australian']);
    assert.deepEqual(annotate(text).annotations.filter((a) => a.type === 'amount').map((a) => a.unit), ['AUD']);
  });

  it('reads the Levant\'s and Libya\'s bodies whole, so that their country words and abbreviations are no states', () => {
    const text = 'The Prime Minister of the Government of National Unity, Abdul-Hamid Dbeibah, met the Syrian Democratic Forces and the head of the Danish Refugee Council (DRC).';
    assert.deepEqual(texts(text, 'organization'), ['Government of National Unity', 'Syrian Democratic Forces', 'Danish Refugee Council']);
    assert.deepEqual(texts(text, 'country'), []);
    assert.deepEqual(texts(text, 'leader'), ['Abdul-Hamid Dbeibah']);
    // An aid agency's secretary-general is no political leader.
    assert.deepEqual(texts('Secretary General of the Danish Refugee Council (DRC) Charlotte Slente visited.', 'leader'), []);
  });

  it('reads "the Moroccan Sahara" as Western Sahara, a place', () => {
    assert.deepEqual(texts('Investments in the Moroccan Sahara are rising.', 'place'), ['Moroccan Sahara']);
    assert.deepEqual(texts('Investments in the Moroccan Sahara are rising.', 'country'), []);
  });
  it('knows Malaysian and Singaporean parties as The Star writes them ("Umno", "Barisan Nasional", "Workers\' Party")', () => {
    const text = "Umno president Ahmad Zahid Hamidi met Barisan Nasional leaders; the Workers' Party stayed out.";
    assert.deepEqual(texts(text, 'organization'), ['Umno', 'Barisan Nasional', "Workers' Party"]);
    assert.deepEqual(texts(text, 'leader'), ['Ahmad Zahid Hamidi']);
  });
});
