/* SPDX-License-Identifier: EUPL-1.2 */
// The proefomgeving: builds an aanvraag from the form, asks the service for its advies and shows it as a person
// reads it. No library and no build step: the page must run offline, from the service alone, under a strict CSP.
// Text from the service or the user is only ever set as textContent, never as HTML.
'use strict';

(function () {
  const SLEUTEL_OPSLAG = 'afweging.sleutel';

  const SOORTEN = [
    ['HUISHOUDEN', 'Huishouden'],
    ['PERSOONLIJKE_VERZORGING', 'Persoonlijke verzorging'],
    ['BEGELEIDING', 'Begeleiding'],
    ['DAGBESTEDING', 'Dagbesteding'],
    ['OPVOEDEN_OPGROEIEN', 'Opvoeden en opgroeien'],
    ['PSYCHISCH', 'Psychische klachten'],
    ['FINANCIEN', 'Geldzaken (financiën)'],
    ['HUISVESTING', 'Wonen (huisvesting)'],
    ['WERK_INKOMEN', 'Werk en inkomen'],
    ['SCHOOL', 'School'],
    ['VERVOER', 'Vervoer'],
    ['WONINGAANPASSING', 'Aanpassing van de woning'],
  ];

  const LEEFGEBIEDEN = [
    ['FINANCIEN', 'Financiën'],
    ['WERK_OPLEIDING', 'Werk en opleiding'],
    ['TIJDSBESTEDING', 'Tijdsbesteding'],
    ['HUISVESTING', 'Huisvesting'],
    ['HUISELIJKE_RELATIES', 'Huiselijke relaties'],
    ['GEESTELIJKE_GEZONDHEID', 'Geestelijke gezondheid'],
    ['LICHAMELIJKE_GEZONDHEID', 'Lichamelijke gezondheid'],
    ['MIDDELENGEBRUIK', 'Middelengebruik'],
    ['BASALE_ADL', 'Basale ADL (zelfzorg)'],
    ['INSTRUMENTELE_ADL', 'Instrumentele ADL (huishouden regelen)'],
    ['SOCIAAL_NETWERK', 'Sociaal netwerk'],
    ['MAATSCHAPPELIJKE_PARTICIPATIE', 'Meedoen in de samenleving'],
    ['JUSTITIE', 'Justitie'],
  ];

  const SCORES = [
    ['1', '1: acute problematiek'],
    ['2', '2: niet zelfredzaam'],
    ['3', '3: beperkt zelfredzaam'],
    ['4', '4: voldoende zelfredzaam'],
    ['5', '5: volledig zelfredzaam'],
  ];

  const NIVEAUS = {
    NORMALISATIE: ['Normalisatie', 'De vraag hoort bij het gewone leven: eigen kracht, gebruikelijke hulp, mantelzorg, het netwerk, informatie en advies.'],
    SOCIALE_BASIS: ['Sociale basis', 'Algemene voorzieningen in de wijk, zonder indicatie: bijvoorbeeld het wijkcentrum, vrijwilligers of een groep.'],
    LOKAAL_TEAM: ['Lokaal team', 'Het lokaal team helpt zelf, zonder indicatie, en houdt de regie over één plan.'],
    SPECIALISTISCH_MAATWERK: ['Specialistisch maatwerk', 'Een maatwerkvoorziening of individuele jeugdhulp, met een beschikking van het college.'],
  };

  const VERWIJZINGEN = { VEILIG_THUIS: 'Veilig Thuis', WLZ: 'Wet langdurige zorg', ZVW: 'Zorgverzekeringswet' };

  const AANDACHTSPUNTEN = {
    ZRM_ONTBREEKT: 'Geen ZRM-scores: eerst onderzoek doen',
    EEN_GEZIN_EEN_PLAN: 'Eén gezin, één plan, één regisseur',
    MELDCODE: 'Volg de meldcode',
    VEILIGHEID_VOLGEN: 'Blijf de veiligheid volgen',
    WLZ_AANVRAAG: 'Help bij een aanvraag voor de Wlz',
    AFSTEMMING_ZVW: 'Stem af met de zorg uit de Zorgverzekeringswet',
    MANTELZORGONDERSTEUNING: 'Ondersteun de mantelzorger',
    CASUISTIEKBESPREKING: 'Bespreek de situatie in een casuïstiekbespreking',
    WETTELIJKE_VERWIJZING: 'Er is een wettelijke verwijzing',
  };

  const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
    'oktober', 'november', 'december'];

  // The worked examples of the afwegingskader, as fixtures/001 to 005 hold them.
  const ZRM_ALLES = (score, behalve) => Object.fromEntries(LEEFGEBIEDEN.map(([k]) => [k, behalve[k] || score]));
  const VOORBEELDEN = {
    1: {
      id: 'fx-001', peildatum: '2026-03-01', wet: 'WMO', persoon: { leeftijd: 78 },
      hulpvraag: { soorten: ['HUISHOUDEN'] },
      zrm: ZRM_ALLES(4, { INSTRUMENTELE_ADL: 2 }),
      huisgenoten: [{ relatie: 'PARTNER', leeftijd: 80, beschikbaar: true, overbelast: false, beperking: false }],
      veiligheid: 'GEEN',
    },
    2: {
      id: 'fx-002', peildatum: '2026-03-01', wet: 'JEUGDWET', persoon: { leeftijd: 9 },
      hulpvraag: { soorten: ['OPVOEDEN_OPGROEIEN'] },
      zrm: ZRM_ALLES(4, { WERK_OPLEIDING: 5, HUISELIJKE_RELATIES: 3, JUSTITIE: 5 }),
      netwerk: { beschikbaar: false, mantelzorgerOverbelast: false },
    },
    3: {
      id: 'fx-003', peildatum: '2026-03-01', wet: 'WMO', persoon: { leeftijd: 45 },
      hulpvraag: { soorten: ['FINANCIEN', 'HUISVESTING', 'BEGELEIDING'], omschrijving: 'Schulden en dreigende huisuitzetting.' },
      zrm: { FINANCIEN: 2, HUISVESTING: 3, GEESTELIJKE_GEZONDHEID: 3 },
    },
    4: {
      id: 'fx-004', peildatum: '2026-03-01', wet: 'JEUGDWET', persoon: { leeftijd: 15 },
      hulpvraag: { soorten: ['OPVOEDEN_OPGROEIEN'] },
      zrm: ZRM_ALLES(3, {}),
      veiligheid: 'ACUUT_ONVEILIG',
    },
    5: {
      id: 'fx-005', peildatum: '2026-03-01', wet: 'WMO', persoon: { leeftijd: 84 },
      hulpvraag: { soorten: ['PERSOONLIJKE_VERZORGING'] },
      zrm: { BASALE_ADL: 2, INSTRUMENTELE_ADL: 2, LICHAMELIJKE_GEZONDHEID: 2 },
      wlz: 'INDICATIE',
    },
  };

  const $ = (id) => document.getElementById(id);
  const form = $('aanvraag');
  let regelsets = [];
  let antwoorden = 0;

  function el(tag, tekst, attributen) {
    const e = document.createElement(tag);
    if (tekst !== undefined && tekst !== null) {
      e.textContent = tekst;
    }
    Object.entries(attributen || {}).forEach(([k, v]) => e.setAttribute(k, v));
    return e;
  }

  function datumInWoorden(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return m ? Number(m[3]) + ' ' + MAANDEN[Number(m[2]) - 1] + ' ' + m[1] : iso;
  }

  // ---- The form's fixed parts -------------------------------------------------------------------------------------

  function maakSoorten() {
    const box = $('soorten');
    SOORTEN.forEach(([code, naam]) => {
      const div = el('div', null, { class: 'vinkje' });
      const input = el('input', null, { type: 'checkbox', id: 'f-soort-' + code, value: code, name: 'soort' });
      div.append(input, el('label', naam, { for: input.id }));
      box.append(div);
    });
  }

  function maakZrm() {
    const box = $('zrm');
    LEEFGEBIEDEN.forEach(([code, naam]) => {
      const div = el('div', null, { class: 'veld' });
      const select = el('select', null, { id: 'f-zrm-' + code, 'data-pad': '/zrm/' + code });
      select.append(el('option', 'Geen score', { value: '' }));
      SCORES.forEach(([waarde, tekst]) => select.append(el('option', tekst, { value: waarde })));
      div.append(el('label', naam, { for: select.id }), select);
      box.append(div);
    });
  }

  // ---- Repeating groups: huisgenoten and eerdere trajecten --------------------------------------------------------

  const GROEPEN = {
    huisgenoot: { box: 'huisgenoten', sjabloon: 'sjabloon-huisgenoot', pad: '/huisgenoten', naam: 'Huisgenoot', knop: 'huisgenoot-toevoegen' },
    traject: { box: 'trajecten', sjabloon: 'sjabloon-traject', pad: '/eerdereTrajecten', naam: 'Traject', knop: 'traject-toevoegen' },
  };

  function voegToe(soort, waarden) {
    const g = GROEPEN[soort];
    const groep = $(g.sjabloon).content.firstElementChild.cloneNode(true);
    Object.entries(waarden || {}).forEach(([veld, waarde]) => {
      const input = groep.querySelector('[data-veld="' + veld + '"]');
      if (!input) {
        return;
      }
      if (input.type === 'checkbox') {
        input.checked = waarde === true;
      } else {
        input.value = String(waarde);
      }
    });
    groep.querySelector('.verwijder').addEventListener('click', () => {
      groep.remove();
      nummer(soort);
      // Focus stays in the form: on the button that adds, next to where the group was.
      $(g.knop).focus();
    });
    $(g.box).append(groep);
    nummer(soort);
    return groep;
  }

  // Every group gets its number, ids and JSON path again, so the labels and the error paths stay right after a removal.
  function nummer(soort) {
    const g = GROEPEN[soort];
    $(g.box).querySelectorAll('fieldset.herhaal').forEach((groep, i) => {
      const prefix = 'f-' + g.pad.slice(1) + '-' + i;
      groep.id = prefix;
      groep.dataset.pad = g.pad + '/' + i;
      groep.querySelector('legend').textContent = g.naam + ' ' + (i + 1);
      groep.querySelectorAll('[data-veld]').forEach((input) => {
        input.id = prefix + '-' + input.dataset.veld;
        input.dataset.pad = g.pad + '/' + i + '/' + input.dataset.veld;
      });
      groep.querySelectorAll('label[data-voor]').forEach((label) => label.setAttribute('for', prefix + '-' + label.dataset.voor));
      groep.querySelector('.verwijder').textContent = g.naam + ' ' + (i + 1) + ' verwijderen';
    });
  }

  // ---- Form to aanvraag and back ---------------------------------------------------------------------------------

  const tekst = (id) => $(id).value.trim();

  // A whole number becomes a number; anything else is sent as typed, so that the service names it next to the field.
  function getal(waarde) {
    return /^-?\d+$/.test(waarde) ? Number(waarde) : waarde;
  }

  function leesAanvraag() {
    const a = {};
    const zetTekst = (sleutel, id) => {
      if (tekst(id) !== '') {
        a[sleutel] = tekst(id);
      }
    };
    zetTekst('id', 'f-id');
    zetTekst('peildatum', 'f-peildatum');
    zetTekst('gemeente', 'f-gemeente');
    zetTekst('wijk', 'f-wijk');
    zetTekst('wet', 'f-wet');
    a.persoon = {};
    if (tekst('f-leeftijd') !== '') {
      a.persoon.leeftijd = getal(tekst('f-leeftijd'));
    }
    a.hulpvraag = { soorten: Array.from(document.querySelectorAll('input[name=soort]:checked')).map((c) => c.value) };
    if (tekst('f-duur') !== '') {
      a.hulpvraag.duur = tekst('f-duur');
    }
    // Not trimmed: the description is the user's own text.
    if ($('f-omschrijving').value !== '') {
      a.hulpvraag.omschrijving = $('f-omschrijving').value;
    }
    const zrm = {};
    LEEFGEBIEDEN.forEach(([code]) => {
      const waarde = $('f-zrm-' + code).value;
      if (waarde !== '') {
        zrm[code] = Number(waarde);
      }
    });
    if (Object.keys(zrm).length > 0) {
      a.zrm = zrm;
    }
    const huisgenoten = Array.from($('huisgenoten').querySelectorAll('fieldset.herhaal')).map((groep) => {
      const h = {};
      const v = (veld) => groep.querySelector('[data-veld="' + veld + '"]');
      if (v('relatie').value !== '') {
        h.relatie = v('relatie').value;
      }
      if (v('leeftijd').value.trim() !== '') {
        h.leeftijd = getal(v('leeftijd').value.trim());
      }
      ['beschikbaar', 'overbelast', 'beperking'].forEach((veld) => { h[veld] = v(veld).checked; });
      return h;
    });
    if (huisgenoten.length > 0) {
      a.huisgenoten = huisgenoten;
    }
    a.netwerk = { beschikbaar: $('f-netwerk-beschikbaar').checked, mantelzorgerOverbelast: $('f-netwerk-mantelzorgerOverbelast').checked };
    a.veiligheid = $('f-veiligheid').value;
    a.hulpGeaccepteerd = $('f-hulpGeaccepteerd').checked;
    a.wlz = $('f-wlz').value;
    a.zvwAanspraak = $('f-zvwAanspraak').checked;
    a.verwijzer = $('f-verwijzer').value;
    const trajecten = Array.from($('trajecten').querySelectorAll('fieldset.herhaal')).map((groep) => {
      const t = {};
      ['niveau', 'resultaat', 'einddatum'].forEach((veld) => {
        const waarde = groep.querySelector('[data-veld="' + veld + '"]').value.trim();
        if (waarde !== '') {
          t[veld] = waarde;
        }
      });
      return t;
    });
    if (trajecten.length > 0) {
      a.eerdereTrajecten = trajecten;
    }
    return a;
  }

  function leegmaken() {
    form.reset();
    $('huisgenoten').replaceChildren();
    $('trajecten').replaceChildren();
    wisFouten();
    $('melding').hidden = true;
    $('advies').hidden = true;
    volgKeuze();
  }

  function vul(a) {
    leegmaken();
    const zet = (id, waarde) => {
      if (waarde !== undefined && waarde !== null) {
        $(id).value = String(waarde);
      }
    };
    zet('f-id', a.id);
    zet('f-peildatum', a.peildatum);
    zet('f-gemeente', a.gemeente);
    zet('f-wijk', a.wijk);
    zet('f-wet', a.wet);
    zet('f-leeftijd', (a.persoon || {}).leeftijd);
    const hulpvraag = a.hulpvraag || {};
    (hulpvraag.soorten || []).forEach((s) => { $('f-soort-' + s).checked = true; });
    zet('f-duur', hulpvraag.duur);
    zet('f-omschrijving', hulpvraag.omschrijving);
    Object.entries(a.zrm || {}).forEach(([code, score]) => zet('f-zrm-' + code, score));
    (a.huisgenoten || []).forEach((h) => voegToe('huisgenoot', h));
    const netwerk = a.netwerk || {};
    $('f-netwerk-beschikbaar').checked = netwerk.beschikbaar === true;
    $('f-netwerk-mantelzorgerOverbelast').checked = netwerk.mantelzorgerOverbelast === true;
    zet('f-veiligheid', a.veiligheid);
    $('f-hulpGeaccepteerd').checked = a.hulpGeaccepteerd !== false;
    zet('f-wlz', a.wlz);
    $('f-zvwAanspraak').checked = a.zvwAanspraak === true;
    zet('f-verwijzer', a.verwijzer);
    (a.eerdereTrajecten || []).forEach((t) => voegToe('traject', t));
    volgKeuze();
  }

  // ---- Talking to the service ------------------------------------------------------------------------------------

  function kopjes(extra) {
    const h = Object.assign({ Accept: 'application/json, application/problem+json' }, extra || {});
    const sleutel = $('f-sleutel').value;
    if (sleutel !== '') {
      h.Authorization = 'Bearer ' + sleutel;
    }
    return h;
  }

  async function leesProbleem(antwoord) {
    try {
      return await antwoord.json();
    } catch (e) {
      return {};
    }
  }

  async function verstuur(event) {
    event.preventDefault();
    wisFouten();
    $('melding').hidden = true;
    $('advies').hidden = true;
    $('verstuur').disabled = true;
    try {
      const antwoord = await fetch('/api/v1/adviezen', {
        method: 'POST',
        headers: kopjes({ 'Content-Type': 'application/json' }),
        body: JSON.stringify(leesAanvraag()),
      });
      if (antwoord.ok) {
        const tekstAntwoord = await antwoord.text();
        toonAdvies(JSON.parse(tekstAntwoord), tekstAntwoord);
        klaar('advies');
        return;
      }
      const probleem = await leesProbleem(antwoord);
      if (antwoord.status === 400 && Array.isArray(probleem.fouten)) {
        toonFouten(probleem);
        klaar('ongeldig');
      } else {
        toonMelding(probleem.title || 'Geen advies (status ' + antwoord.status + ')', probleem.detail, probleem);
        klaar('probleem');
      }
    } catch (e) {
      toonMelding('De dienst is niet bereikbaar', 'Controleer of de dienst draait en probeer het opnieuw.');
      klaar('probleem');
    } finally {
      $('verstuur').disabled = false;
    }
  }

  // How far the page is, for whoever watches it (the browser test waits for the number to go up).
  function klaar(stand) {
    antwoorden += 1;
    document.body.dataset.stand = stand;
    document.body.dataset.antwoorden = String(antwoorden);
  }

  function toonMelding(titel, detail, probleem) {
    const melding = $('melding');
    melding.replaceChildren(el('strong', titel));
    if (detail) {
      melding.append(el('p', detail));
    }
    if (probleem && probleem.regel) {
      melding.append(el('p', 'Regel: ' + probleem.regel + (probleem.bron ? ' (' + probleem.bron + ')' : '')));
    }
    melding.hidden = false;
  }

  // ---- Problems next to their fields -----------------------------------------------------------------------------

  // The field a JSON pointer names, or the nearest group around it ("/huisgenoten/0/naam" is the first huisgenoot).
  function veldBij(pad) {
    let p = pad;
    while (p !== '') {
      const gevonden = form.querySelector('[data-pad="' + CSS.escape(p) + '"]');
      if (gevonden) {
        return gevonden;
      }
      p = p.slice(0, p.lastIndexOf('/'));
    }
    return null;
  }

  function naamVan(veld) {
    const eigen = veld.tagName === 'FIELDSET' ? veld.querySelector('legend').textContent : veld.labels[0].textContent;
    const groep = veld.tagName === 'FIELDSET' ? null : veld.closest('fieldset.herhaal');
    return (groep ? groep.querySelector('legend').textContent + ', ' : '') + eigen.replace(/\s*\(verplicht.*\)$/, '').trim();
  }

  function beschrijfVeld(veld, id) {
    const lijst = (veld.getAttribute('aria-describedby') || '').split(' ').filter((x) => x !== '');
    if (veld.dataset.hints === undefined) {
      veld.dataset.hints = lijst.join(' ');
    }
    lijst.push(id);
    veld.setAttribute('aria-describedby', lijst.join(' '));
  }

  function toonFouten(probleem) {
    const lijst = $('foutoverzicht-lijst');
    lijst.replaceChildren();
    probleem.fouten.forEach((fout, i) => {
      const id = 'fout-' + i;
      const uitleg = 'gevonden ' + fout.gevonden + '; toegestaan: ' + fout.toegestaan;
      const veld = veldBij(fout.pad);
      if (!veld) {
        lijst.append(el('li', (fout.pad || 'De aanvraag') + ': ' + uitleg));
        return;
      }
      const bericht = el('p', null, { class: 'veldfout', id: id });
      bericht.append(el('span', 'Fout: ', { class: 'verborgen' }), document.createTextNode(uitleg));
      let doel = veld;
      if (veld.tagName === 'FIELDSET') {
        veld.querySelector('legend').after(bericht);
        veld.classList.add('heeft-fout');
        doel = veld.querySelector('input, select, textarea, button');
        beschrijfVeld(veld, id);
      } else {
        (veld.type === 'checkbox' ? veld.parentElement : veld).before(bericht);
        veld.setAttribute('aria-invalid', 'true');
        (veld.closest('.veld, .vinkje') || veld).classList.add('heeft-fout');
      }
      if (doel && doel !== veld) {
        doel.setAttribute('aria-invalid', 'true');
        beschrijfVeld(doel, id);
      } else if (doel) {
        beschrijfVeld(doel, id);
      }
      const li = el('li');
      const link = el('a', naamVan(veld) + ': ' + uitleg, { href: '#' + (doel ? doel.id : veld.id), 'data-pad': fout.pad });
      link.addEventListener('click', (e) => {
        e.preventDefault();
        (doel || veld).focus();
        (doel || veld).scrollIntoView({ block: 'center' });
      });
      li.append(link);
      lijst.append(li);
    });
    $('foutoverzicht-detail').textContent = probleem.detail + (probleem.meer > 0 ? ' Hieronder staan de eerste; er zijn er nog ' + probleem.meer + '.' : '');
    $('foutoverzicht').hidden = false;
    $('foutoverzicht').focus();
  }

  function wisFouten() {
    form.querySelectorAll('.veldfout').forEach((b) => b.remove());
    form.querySelectorAll('.heeft-fout').forEach((b) => b.classList.remove('heeft-fout'));
    form.querySelectorAll('[aria-invalid]').forEach((b) => b.removeAttribute('aria-invalid'));
    form.querySelectorAll('[data-hints]').forEach((b) => {
      if (b.dataset.hints === '') {
        b.removeAttribute('aria-describedby');
      } else {
        b.setAttribute('aria-describedby', b.dataset.hints);
      }
      delete b.dataset.hints;
    });
    $('foutoverzicht').hidden = true;
  }

  // ---- The advies as a person reads it ---------------------------------------------------------------------------

  function lijstIn(ul, items, leeg) {
    ul.replaceChildren(...(items.length > 0 ? items : [el('li', leeg)]));
  }

  function metCode(namen, code) {
    return namen[code] ? namen[code] + ' (' + code + ')' : code;
  }

  function bedrag(k) {
    return '€ ' + Number(k.bedrag).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  function toonAdvies(a, ruw) {
    const [woord, uitleg] = NIVEAUS[a.niveau] || [a.niveau, ''];
    $('advies-niveau').textContent = woord;
    $('advies-niveau').dataset.niveau = a.niveau;
    $('advies-niveau-uitleg').textContent = uitleg;
    const spoed = $('advies-spoed');
    spoed.textContent = a.spoed ? 'Spoed: ja. De inwoner heeft snel hulp nodig.' : 'Spoed: nee.';
    spoed.className = a.spoed ? 'spoed' : '';
    spoed.dataset.spoed = String(a.spoed);
    $('advies-toelichting').textContent = a.toelichting;

    const lager = $('advies-route-lager');
    lager.replaceChildren();
    a.route.filter((stap) => stap.oordeel === 'ONTOEREIKEND').forEach((stap) => {
      const blok = el('div', null, { 'data-route-niveau': stap.niveau, class: 'route' });
      blok.append(el('h4', (NIVEAUS[stap.niveau] || [stap.niveau])[0] + ' is niet genoeg, omdat:'));
      const ul = el('ul');
      stap.redenen.forEach((r) => ul.append(el('li', r, { class: 'reden' })));
      blok.append(ul, el('p', 'Regels: ' + stap.regels.join(', ')));
      lager.append(blok);
    });
    if (lager.children.length === 0) {
      lager.append(el('p', 'Er is geen lager niveau: dit is het lichtste.'));
    }
    const passend = a.route.find((stap) => stap.oordeel === 'PASSEND');
    lijstIn($('advies-route-passend'), passend ? passend.redenen.map((r) => el('li', r, { class: 'reden' })) : [], 'Geen reden gegeven.');

    lijstIn($('advies-verwijzingen'), a.verwijzingen.map((c) => el('li', metCode(VERWIJZINGEN, c), { 'data-code': c })), 'Geen verwijzing.');
    lijstIn($('advies-aandachtspunten'), a.aandachtspunten.map((c) => el('li', metCode(AANDACHTSPUNTEN, c), { 'data-code': c })), 'Geen aandachtspunten.');
    lijstIn($('advies-voorzieningen'), a.voorzieningen.map((v) => {
      const li = el('li', null, { 'data-code': v.code });
      li.append(el('strong', v.naam));
      let delen = ' (' + (NIVEAUS[v.niveau] || [v.niveau])[0].toLowerCase() + ', ' + (v.collectief ? 'collectief' : 'individueel');
      if (v.productcategorie) {
        delen += ', productcategorie ' + v.productcategorie;
      }
      li.append(document.createTextNode(delen + ').'));
      if (v.kostenindicatie) {
        li.append(el('br'), document.createTextNode('Kosten ter referentie (geen reden voor het niveau): ' + bedrag(v.kostenindicatie)
          + ' ' + v.kostenindicatie.eenheid + '. Bron: ' + v.kostenindicatie.bron + '.'));
      }
      return li;
    }), 'Geen voorzieningen.');

    $('advies-regels').replaceChildren(...a.regels.map((r) => {
      const li = el('li', null, { 'data-regel': r.id });
      li.append(el('strong', r.id + ': ' + r.naam, { class: 'regel-naam' }));
      li.append(el('p', r.uitleg));
      li.append(el('p', 'Grondslag: ' + r.grondslag, { class: 'grondslag' }));
      li.append(el('p', 'Bron: ' + r.bron, { class: 'bron' }));
      return li;
    }));

    const rs = a.regelset;
    const dl = $('advies-regelset');
    dl.replaceChildren();
    const rij = (naam, waarde, veld) => dl.append(el('dt', naam), el('dd', waarde, { 'data-veld': veld }));
    rij('Naam', rs.naam, 'naam');
    rij('Versie', rs.versie, 'versie');
    rij('Geldig vanaf', datumInWoorden(rs.geldigVanaf), 'geldigVanaf');
    rij('Hash', rs.hash, 'hash');
    rij('Gemeente', rs.gemeente ? rs.gemeente.code + ': ' + rs.gemeente.naam + ' versie ' + rs.gemeente.versie
      + ' (hash ' + rs.gemeente.hash + ')' : 'Geen eigen regels van een gemeente', 'gemeente');
    rij('Engine', a.engineVersie, 'engineVersie');

    // The JSON exactly as the service sent it.
    $('advies-json').textContent = ruw;
    $('advies-json').hidden = true;
    $('json-knop').setAttribute('aria-pressed', 'false');

    $('advies').hidden = false;
    $('advies').focus();
  }

  function wisselJson() {
    const aan = $('json-knop').getAttribute('aria-pressed') !== 'true';
    $('json-knop').setAttribute('aria-pressed', String(aan));
    $('advies-json').hidden = !aan;
  }

  // ---- Choosing the rule set -------------------------------------------------------------------------------------

  function periode(rs) {
    return rs.geldigTot
      ? 'geldig van ' + datumInWoorden(rs.geldigVanaf) + ' tot en met ' + datumInWoorden(rs.geldigTot)
      : 'geldig vanaf ' + datumInWoorden(rs.geldigVanaf);
  }

  function naamRegelset(rs) {
    return rs.naam + ' ' + rs.versie + (rs.gemeente ? ' met de regels van gemeente ' + rs.gemeente.code + ' (' + rs.gemeente.naam
      + ' ' + rs.gemeente.versie + ')' : '');
  }

  const inPeriode = (rs, datum) => datum >= rs.geldigVanaf && (!rs.geldigTot || datum <= rs.geldigTot);

  async function laadRegelsets() {
    const status = $('regelset-status');
    // Without a key the service answers 401: ask for the key instead of asking the service.
    if ($('f-sleutel').value === '') {
      status.textContent = 'Vul eerst de sleutel in; dan verschijnen hier de regelsets.';
      return;
    }
    try {
      const antwoord = await fetch('/api/v1/regelsets', { headers: kopjes() });
      if (!antwoord.ok) {
        const probleem = await leesProbleem(antwoord);
        status.textContent = 'De regelsets zijn niet te laden: ' + (probleem.title || 'status ' + antwoord.status)
          + (probleem.detail ? '. ' + probleem.detail : '');
        return;
      }
      regelsets = (await antwoord.json()).regelsets;
    } catch (e) {
      status.textContent = 'De regelsets zijn niet te laden: de dienst is niet bereikbaar.';
      return;
    }
    const select = $('f-regelset');
    select.replaceChildren(el('option', 'Volgens peildatum en gemeente', { value: '' }));
    regelsets.forEach((rs, i) => select.append(el('option', naamRegelset(rs) + ', ' + periode(rs), { value: String(i) })));
    volgKeuze();
  }

  // Choosing a rule set sets the peildatum and gemeente that choose it: the peildatum picks the version, never the clock.
  function kiesRegelset() {
    const rs = regelsets[Number($('f-regelset').value)];
    if ($('f-regelset').value === '' || !rs) {
      volgKeuze();
      return;
    }
    const datum = tekst('f-peildatum');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(datum) || !inPeriode(rs, datum)) {
      $('f-peildatum').value = rs.geldigVanaf;
    }
    if (rs.gemeente) {
      $('f-gemeente').value = rs.gemeente.code;
    } else if (regelsets.some((r) => r.gemeente && r.gemeente.code === tekst('f-gemeente'))) {
      // A gemeente with its own regels would get those; a gemeente without keeps its code, the version is the same.
      $('f-gemeente').value = '';
    }
    volgKeuze();
  }

  // The selector always shows the rule set the current peildatum and gemeente choose.
  function volgKeuze() {
    const datum = tekst('f-peildatum');
    const gemeente = tekst('f-gemeente');
    const status = $('regelset-status');
    if (regelsets.length === 0) {
      return;
    }
    let gekozen = -1;
    if (/^\d{4}-\d{2}-\d{2}$/.test(datum)) {
      const versies = regelsets.map((rs, i) => [rs, i]).filter(([rs]) => inPeriode(rs, datum));
      const eigen = versies.find(([rs]) => rs.gemeente && rs.gemeente.code === gemeente);
      const alleen = versies.find(([rs]) => !rs.gemeente);
      gekozen = eigen ? eigen[1] : alleen ? alleen[1] : -1;
    }
    $('f-regelset').value = gekozen < 0 ? '' : String(gekozen);
    status.textContent = gekozen < 0
      ? 'Vul een peildatum in (JJJJ-MM-DD) om te zien welke regelset geldt.'
      : 'Deze aanvraag krijgt advies van ' + naamRegelset(regelsets[gekozen]) + ' (' + periode(regelsets[gekozen]) + ').';
  }

  // ---- Start -----------------------------------------------------------------------------------------------------

  function start() {
    maakSoorten();
    maakZrm();
    const sleutel = $('f-sleutel');
    sleutel.value = sessionStorage.getItem(SLEUTEL_OPSLAG) || '';
    sleutel.addEventListener('input', () => sessionStorage.setItem(SLEUTEL_OPSLAG, sleutel.value));
    sleutel.addEventListener('change', laadRegelsets);
    // Enter in the key field reads the rule sets with the new key; the page itself stays.
    $('toegang').addEventListener('submit', (event) => {
      event.preventDefault();
      laadRegelsets();
    });
    $('f-regelset').addEventListener('change', kiesRegelset);
    $('f-peildatum').addEventListener('input', volgKeuze);
    $('f-gemeente').addEventListener('input', volgKeuze);
    document.querySelectorAll('[data-voorbeeld]').forEach((knop) => knop.addEventListener('click', () => {
      vul(VOORBEELDEN[knop.dataset.voorbeeld]);
      $('f-id').focus();
    }));
    $('huisgenoot-toevoegen').addEventListener('click', () => voegToe('huisgenoot').querySelector('select').focus());
    $('traject-toevoegen').addEventListener('click', () => voegToe('traject').querySelector('select').focus());
    $('leegmaken').addEventListener('click', leegmaken);
    $('json-knop').addEventListener('click', wisselJson);
    form.addEventListener('submit', verstuur);
    document.body.dataset.stand = 'gereed';
    document.body.dataset.antwoorden = '0';
    laadRegelsets();
  }

  start();
}());
