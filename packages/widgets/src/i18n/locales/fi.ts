import type { Catalog } from './en.js';

/** Finnish (sinä; drafted by the maintainers). */
export const fi: Catalog = {
  'link.text': 'Etkö pääse tilillesi?',
  'dialog.label': 'Tilin palautus',

  'identify.heading.reset': 'Vaihda unohtunut salasana',
  'identify.heading.unlock': 'Avaa tilin lukitus',
  'identify.intro':
    'Anna käyttäjänimesi tai sähköpostiosoitteesi, niin autamme sinut takaisin tilillesi.',
  'identify.label': 'Käyttäjänimi tai sähköpostiosoite',
  'identify.intent.legend': 'Mitä tarvitset?',
  'identify.intent.reset': 'Unohdin salasanani',
  'identify.intent.unlock': 'Tilini on lukittu, ja tiedän salasanani',

  'action.next': 'Seuraava',
  'action.back': 'Takaisin',
  'action.cancel': 'Peruuta',
  'action.sendCode': 'Lähetä koodi',
  'action.verify': 'Vahvista',
  'action.resend': 'Lähetä uusi koodi',
  'action.otherMethod': 'Käytä toista tapaa',
  'action.resetPassword': 'Vaihda salasana',
  'action.unlock': 'Avaa tilin lukitus',
  'action.startOver': 'Aloita alusta',
  'action.close': 'Sulje',
  'action.signIn': 'Kirjaudu sisään',

  'method.heading': 'Valitse, miten vahvistat henkilöllisyytesi',
  'method.progress': 'Vahvistus {current}/{total}',
  'method.gatePassed': 'Vahvistus {current}/{total} onnistui.',
  'method.legend': 'Vahvistustapa',
  'method.mobileSms': 'Lähetä koodi tekstiviestillä matkapuhelimeeni {hint}',
  'method.mobileVoice': 'Soita matkapuhelimeeni {hint}',
  'method.officeVoice': 'Soita työpuhelimeeni {hint}',
  'method.email': 'Lähetä koodi sähköpostilla osoitteeseen {hint}',
  'method.securityQuestions': 'Vastaa turvakysymyksiini',
  'method.passkey': 'Käytä pääsyavainta',
  'method.authenticatorApp': 'Anna koodi todennussovelluksestani',
  'method.temporary_access_pass': 'Käytä ylläpitäjältä saamaani väliaikaista käyttöoikeuskoodia',
  'method.nextGate.strong_method_registered':
    'Tililläsi on pääsyavain tai todennussovellus. Jatka käyttämällä jompaakumpaa.',
  'method.nextGate.admin_phishing_resistant':
    'Ylläpitäjätilien on käytettävä pääsyavainta jatkaakseen.',
  'passkey.heading': 'Käytä pääsyavaintasi',
  'passkey.intro':
    'Selain pyytää tämän tilin pääsyavainta: tästä laitteesta, puhelimestasi tai suojausavaimesta.',
  'action.usePasskey': 'Käytä pääsyavainta',
  'authenticator.heading': 'Anna koodi todennussovelluksesta',
  'authenticator.intro':
    'Avaa tälle tilille määrittämäsi todennussovellus ja kirjoita sen nyt näyttämä 6-numeroinen koodi.',
  'authenticator.label': '6-numeroinen koodi',
  'authenticator.tooManyAttempts':
    'Liian monta väärää koodia sovelluksesta. Yritä myöhemmin uudelleen.',
  'method.none': 'Käytettävissä ei ole enää vahvistustapoja.',

  'confirm.heading.phone': 'Vahvista puhelinnumerosi',
  'confirm.heading.email': 'Vahvista sähköpostiosoitteesi',
  'confirm.intro.phone':
    'Tilisi suojaamiseksi kirjoita koko puhelinnumero, jota {hint} tarkoittaa. Jos se täsmää, lähetämme koodin siihen.',
  'confirm.intro.email':
    'Tilisi suojaamiseksi kirjoita koko sähköpostiosoite, jota {hint} tarkoittaa. Jos se täsmää, lähetämme koodin siihen.',
  'confirm.label.phone': 'Koko puhelinnumero',
  'confirm.label.email': 'Koko sähköpostiosoite',
  'confirm.help.phone': 'Lisää maatunnus, esimerkiksi +358 40 123 4567.',

  'code.heading': 'Anna koodi',
  'code.intro.sms': 'Jos numero vastaa tallennettua numeroa, koodi on tulossa.',
  'code.intro.voice': 'Jos numero vastaa tallennettua numeroa, soitamme siihen nyt.',
  'code.intro.email': 'Jos osoite vastaa tallennettua osoitetta, koodi on tulossa.',
  'code.label': 'Vahvistuskoodi',
  'code.expiresIn': 'Koodi vanhenee {time}.',
  'code.expired': 'Koodi on vanhentunut. Pyydä uusi.',
  'code.resent': 'Jos kirjoittamasi tieto vastaa tallennettua, uusi koodi on tulossa.',
  'code.resendIn': 'Voit pyytää uuden koodin {time}.',
  'code.deliveryFailed': 'Koodia ei saatu toimitettua. Lähetä uusi tai käytä toista tapaa.',

  'questions.heading': 'Vastaa turvakysymyksiisi',
  'questions.intro': 'Vastauksissa isoilla ja pienillä kirjaimilla ei ole väliä.',

  'password.heading': 'Valitse uusi salasana',
  'password.intro': 'Käytä pitkää salalausetta, jota et käytä missään muualla.',
  'password.new': 'Uusi salasana',
  'password.confirm': 'Vahvista uusi salasana',
  'password.show': 'Näytä salasanat',
  'password.rules': 'Salasanan vaatimukset',
  'password.rule.length': '{min}–{max} merkkiä',
  'password.rule.match': 'Salasanat täsmäävät',
  'password.rule.met': 'Täyttyy:',
  'password.rule.unmet': 'Ei vielä täyty:',
  'password.mismatch': 'Salasanat eivät täsmää.',

  'unlock.heading': 'Avaa tilin lukitus',
  'unlock.intro':
    'Olet vahvistanut henkilöllisyytesi. Avaa tilin lukitus ja kirjaudu sitten nykyisellä salasanallasi.',

  'done.heading.reset': 'Salasanasi on vaihdettu',
  'done.heading.unlock': 'Tilisi lukitus on avattu',
  'done.next.reset':
    'Kirjaudu uudella salasanallasi. Sovellukset ja laitteet, jotka käyttävät vielä vanhaa, pyytävät sinua kirjautumaan uudelleen.',
  'done.next.unlock': 'Voit nyt kirjautua nykyisellä salasanallasi.',
  'done.registerNext':
    'Rekisteröi uusia tapoja vahvistaa henkilöllisyytesi, niin voit ensi kerralla vaihtaa salasanasi itse.',
  'action.registerMethods': 'Rekisteröi uusia vahvistustapoja',

  'temporaryPass.heading': 'Anna väliaikainen käyttöoikeuskoodi',
  'temporaryPass.intro': 'Kirjoita ylläpitäjältä saamasi koodi. Sinulle ei lähetetä mitään.',
  'temporaryPass.label': 'Väliaikainen käyttöoikeuskoodi',

  'change.heading': 'Vaihda salasanasi',
  'change.heading.expired': 'Salasanasi on vanhentunut',
  'change.intro': 'Anna nykyinen salasanasi ja valitse sitten uusi.',
  'change.intro.expired': 'Valitse uusi salasana jatkaaksesi.',
  'change.current': 'Nykyinen salasana',
  'action.changePassword': 'Vaihda salasana',
  'change.done.heading': 'Salasanasi on vaihdettu',
  'change.done.next':
    'Käytä tästä lähtien uutta salasanaasi. Sovellukset ja laitteet, jotka käyttävät vielä vanhaa, pyytävät sinua kirjautumaan uudelleen.',

  'register.heading': 'Palautustapasi',
  'register.intro': 'Käytämme niitä henkilöllisyytesi vahvistamiseen, jos unohdat salasanasi.',
  'register.status.registered': 'Kaikki on valmiina.',
  'register.status.needs_reconfirmation': 'Tarkista, että nämä ovat yhä sinun.',
  'register.status.missing':
    'Lisää tapoja, kunnes sinulla on {count}, jotta voit vaihtaa salasanasi itse.',
  'register.list': 'Rekisteröidyt tavat',
  'register.kind.mobile': 'Matkapuhelin {hint}',
  'register.kind.office': 'Työpuhelin {hint}',
  'register.kind.email': 'Sähköposti {hint}',
  'register.kind.securityQuestions': 'Turvakysymykset',
  'register.kind.passkey': 'Pääsyavain',
  'register.kind.authenticator': 'Todennussovellus',
  'register.named': '{method} ”{name}”',
  'register.use.never': 'Lisätty {created}. Ei vielä käytetty.',
  'register.use.last': 'Lisätty {created}. Käytetty viimeksi {lastUsed}.',
  'register.name.help': 'Nimi, jonka tunnistat, enintään 64 merkkiä.',
  'register.passkey.heading': 'Lisää pääsyavain',
  'register.passkey.intro':
    'Pääsyavaimella vahvistat henkilöllisyytesi sormenjäljellä, kasvoilla tai näytön lukituksella. Selain kysyy, minne se tallennetaan.',
  'register.passkey.name': 'Pääsyavaimen nimi',
  'register.passkey.added': 'Pääsyavain lisättiin.',
  'register.passkey.tooMany':
    'Sinulla on jo suurin sallittu määrä pääsyavaimia. Poista ensin yksi.',
  'register.authenticator.heading': 'Määritä todennussovellus',
  'register.authenticator.scan': 'Skannaa tämä QR-koodi todennussovelluksella.',
  'register.authenticator.qr': 'Todennussovelluksella skannattava QR-koodi',
  'register.authenticator.key': 'Etkö voi skannata? Kirjoita sovellukseen tämä avain:',
  'register.authenticator.copied': 'Avain kopioitiin.',
  'register.authenticator.copyFailed':
    'Avainta ei voitu kopioida. Se on valittuna: kopioi se itse.',
  'register.authenticator.confirm':
    'Kirjoita sitten sovelluksen näyttämä koodi ja anna sovellukselle nimi.',
  'register.authenticator.name': 'Tämän sovelluksen nimi',
  'register.authenticator.added': 'Todennussovellus lisättiin.',
  'register.authenticator.expired': 'Määrityksen aika loppui. Määritä sovellus uudelleen.',
  'register.authenticator.tooMany':
    'Sinulla on jo suurin sallittu määrä todennussovelluksia. Poista ensin yksi.',
  'register.rename.heading': 'Nimeä uudelleen: {method}',
  'register.rename.name': 'Uusi nimi',
  'register.renamed': 'Nimi tallennettiin.',
  'action.addPasskey': 'Lisää pääsyavain',
  'action.createPasskey': 'Luo pääsyavain',
  'action.setupAuthenticator': 'Määritä todennussovellus',
  'action.copyKey': 'Kopioi avain',
  'action.confirm': 'Vahvista',
  'action.renameMethod': 'Nimeä uudelleen: {method}',
  'register.fromDirectory': 'Organisaatiosi hakemistosta',
  'register.none': 'Ei vielä tapoja.',
  'register.add.heading.mobile': 'Lisää puhelinnumero',
  'register.add.heading.email': 'Lisää sähköpostiosoite',
  'register.add.intro': 'Lähetämme koodin sen tarkistamiseksi.',
  'register.verify.intro': 'Lähetimme koodin osoitteeseen {hint}.',
  'register.added': 'Tapa lisättiin.',
  'register.removed': 'Tapa poistettiin.',
  'register.reconfirmed': 'Kiitos, tapasi on vahvistettu.',
  'register.questions.heading': 'Määritä turvakysymykset',
  'register.questions.intro':
    'Valitse {count, plural, one {# kysymys} other {# eri kysymystä}}, joihin vain sinä tiedät vastaukset.',
  'register.questions.question': 'Kysymys {number}',
  'register.questions.answer': 'Vastaus {number}',
  'register.questions.invalid': 'Tarkista merkityt kentät.',
  'register.questions.saved': 'Turvakysymyksesi tallennettiin.',
  'action.addPhone': 'Lisää puhelinnumero',
  'action.addEmail': 'Lisää sähköpostiosoite',
  'action.setQuestions': 'Määritä turvakysymykset',
  'action.reconfirm': 'Tiedot ovat oikein',
  'action.skipForNow': 'Ohita nyt ({count} jäljellä)',
  'action.continue': 'Jatka',
  'action.removeMethod': 'Poista {method}',
  'register.remove.confirm':
    'Poistetaanko {method}? Et voi enää käyttää sitä salasanan vaihtamiseen.',
  'action.confirmRemove': 'Kyllä, poista',
  'action.keepMethod': 'Säilytä',
  'action.save': 'Tallenna',
  'answer.unknown_question': 'Valitse kysymys luettelosta.',
  'answer.duplicate_question': 'Valitse jokaiselle vastaukselle eri kysymys.',
  'answer.too_short': 'Jokin vastaus on liian lyhyt.',
  'answer.too_long': 'Jokin vastaus on liian pitkä.',
  'answer.duplicate_answer': 'Anna jokaiseen kysymykseen eri vastaus.',
  'answer.contains_question': 'Vastaus ei saa toistaa kysymystään.',
  'answer.contains_name': 'Vastaus ei saa sisältää nimeäsi.',

  'blocked.heading': 'Omatoiminen palautus on toistaiseksi estetty',
  'blocked.body':
    'Omatoiminen palautus on toistaiseksi estetty tältä tililtä. Yritä uudelleen {when} tai ota yhteyttä tukeen.',
  'failure.heading': 'Jokin meni vikaan',
  'helpdesk.url': 'Ota yhteyttä tukeen',
  'helpdesk.email': 'Lähetä sähköpostia tukeen osoitteeseen {email}',
  'helpdesk.none': 'Jos et pääse eteenpäin, ota yhteyttä ylläpitäjään.',
  'status.loading': 'Ladataan…',
  'status.working': 'Odota hetki…',
  'field.required': 'Täytä tämä kenttä.',

  'error.invalid_request': 'Tarkista kirjoittamasi ja yritä uudelleen.',
  'error.captcha_failed': 'Suorita ihmisyyden tarkistus ja yritä uudelleen.',
  'captcha.working': 'Tarkistetaan, että olet ihminen',
  'error.not_eligible': 'Tällä tilillä ei voi käyttää omatoimista salasanan vaihtoa.',
  'error.flow_not_found': 'Tämä istunto on päättynyt. Aloita alusta.',
  'error.flow_expired': 'Tämä istunto on vanhentunut. Aloita alusta.',
  'error.invalid_state': 'Tämä vaihe ei ole enää mahdollinen. Aloita alusta.',
  'error.method_not_found': 'Tämä tapa ei ole käytettävissä. Valitse toinen.',
  'error.method_already_used': 'Olet jo käyttänyt tätä tapaa. Valitse toinen.',
  'error.confirm_required': 'Kirjoita koko puhelinnumero tai sähköpostiosoite.',
  'error.rate_limited': 'Liian monta yritystä. Yritä uudelleen {when}.',
  'error.invalid_code': 'Koodi on väärä tai jo käytetty. Tarkista se ja yritä uudelleen.',
  'error.code_expired': 'Koodi on vanhentunut. Pyydä uusi.',
  'error.too_many_attempts': 'Koodia on yritetty liian monta kertaa. Pyydä uusi.',
  'error.invalid_answers':
    'Vähintään yksi vastaus oli väärin. Vastaa sen sijaan näihin kysymyksiin.',
  'error.blocked':
    'Omatoiminen palautus on toistaiseksi estetty tältä tililtä. Yritä uudelleen {when} tai ota yhteyttä tukeen.',
  'error.password_required': 'Anna uusi salasana.',
  'error.password_rejected': 'Valitse toinen salasana:',
  'error.directory_error': 'Tiliäsi ei voitu päivittää juuri nyt. Yritä hetken kuluttua uudelleen.',
  'error.conflict': 'Jokin muuttui sillä välin. Yritä uudelleen.',
  'error.reauthentication_required': 'Anna nykyinen salasanasi tehdäksesi tämän muutoksen.',
  'error.user_not_found': 'Tiliäsi ei löytynyt.',
  'error.method_not_allowed': 'Tämäntyyppinen tapa ei ole sallittu.',
  'error.invalid_value':
    'Anna kelvollinen puhelinnumero (maatunnuksen kanssa) tai sähköpostiosoite.',
  'error.country_not_allowed':
    'Koodeja ei voi lähettää tämän maan numeroihin. Käytä toista numeroa.',
  'error.below_minimum': 'Et voi poistaa tätä tapaa: tarvitset vähintään {count}.',
  'error.postpone_limit': 'Et voi lykätä tätä enää. Määritä se nyt.',
  'error.not_postponable': 'Tätä ei voi lykätä.',
  'error.incorrect_password': 'Nykyinen salasanasi on väärä.',
  'error.not_found': 'Palvelua ei löytynyt.',
  'error.unsupported_method': 'Palvelu hylkäsi pyynnön.',
  'error.invalid_json': 'Palvelu hylkäsi pyynnön.',
  'error.payload_too_large': 'Kirjoittamasi teksti on liian pitkä.',
  'error.unsupported_media_type': 'Palvelu hylkäsi pyynnön.',
  'error.unauthenticated': 'Kirjaudu ensin sisään.',
  'error.forbidden': 'Sinulla ei ole oikeutta tehdä tätä.',
  'error.authentication_unavailable':
    'Kirjautuminen ei ole juuri nyt mahdollista. Yritä myöhemmin uudelleen.',
  'error.not_implemented': 'Tämä ei ole käytettävissä täällä.',
  'error.internal': 'Meillä meni jokin vikaan. Yritä myöhemmin uudelleen.',
  'error.network_error':
    'Palveluun ei saatu yhteyttä, tai se hylkäsi tämän sivun pyynnöt (sivun alkuperä ei ole sallittu). Yritä myöhemmin uudelleen tai ota yhteyttä tukeen, jos ongelma jatkuu.',
  'error.invalid_response': 'Palvelu antoi odottamattoman vastauksen. Yritä myöhemmin uudelleen.',
  'error.invalid_credential':
    'Pääsyavainta ei voitu vahvistaa. Yritä uudelleen tai käytä toista tapaa.',
  'error.strong_method_required': 'Käytä tässä vaiheessa pääsyavainta tai todennussovellusta.',
  'error.invalid_name': 'Anna nimi, jossa on 1–64 merkkiä.',
  'error.too_many_methods':
    'Sinulla on jo suurin sallittu määrä tämäntyyppisiä tapoja. Poista ensin yksi.',
  'error.passkey_canceled':
    'Pääsyavaimen ikkuna suljettiin tai aika loppui. Yritä uudelleen, kun olet valmis.',
  'error.passkey_unsupported': 'Tämä selain ei tue pääsyavaimia. Käytä toista tapaa tai selainta.',
  'error.passkey_already_registered': 'Tällä laitteella on jo pääsyavain tilillesi.',
  'error.passkey_failed': 'Pääsyavain ei toiminut. Yritä uudelleen tai käytä toista tapaa.',
  'error.unknown': 'Jokin meni vikaan. Yritä uudelleen.',
  'error.directory.password_policy':
    'Organisaatiosi hakemisto hylkäsi tämän salasanan. Valitse toinen.',

  'issue.too_short':
    'Käytä vähintään {minimum, plural, one {# merkki} other {# merkkiä}} (tässä on {length}).',
  'issue.too_long':
    'Käytä enintään {maximum, plural, one {# merkki} other {# merkkiä}} (tässä on {length}).',
  'issue.banned': 'Tämä salasana on liian yleinen tai helppo arvata.',
  'issue.breached': 'Tämä salasana on esiintynyt tietovuodossa.',
  'issue.reused':
    'Olet käyttänyt tätä salasanaa äskettäin. Valitse sellainen, jota et ole käyttänyt aiemmin.',
  'issue.contains_identifier': 'Älä käytä salasanassa käyttäjänimeäsi tai sähköpostiosoitettasi.',

  'attemptsLeft.one':
    'Sinulla on {count} yritys jäljellä, ennen kuin omatoiminen palautus estetään.',
  'attemptsLeft.other':
    'Sinulla on {count} yritystä jäljellä, ennen kuin omatoiminen palautus estetään.',

  'helpdesk.contactAdmin': 'Ota yhteyttä ylläpitäjään',
  'helpdesk.contacted': 'Ylläpitäjällesi on ilmoitettu.',
};
