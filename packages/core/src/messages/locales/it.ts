import type { MessageCatalog } from '../message-catalog.js';

/** Italian (informal: tu; drafted by the maintainers). */
export const it: MessageCatalog = {
  smsCode:
    'Il tuo codice di verifica {org} è {code}. Scade tra {minutes}. Non condividerlo con nessuno.',
  voiceIntro: 'Ciao, ti chiamiamo da {org}. Il tuo codice di verifica è',
  emailCodeSubject: 'Il tuo codice di verifica {org}',
  emailCodeHeading: 'Il tuo codice di verifica',
  emailCodeBody: 'Inserisci questo codice per confermare che sei tu:',
  emailCodeExpiry: 'Il codice scade tra {minutes}. Non condividerlo con nessuno.',
  emailCodeIgnore:
    'Se non hai richiesto questo codice, puoi ignorare questa email. Qualcuno potrebbe aver inserito il tuo indirizzo per errore.',
  resetNoticeSubject: 'La tua password {org} è stata reimpostata',
  resetNoticeHeading: 'La tua password è stata reimpostata',
  resetNoticeBody: 'La password del tuo account {org} è stata reimpostata il {time}.',
  unlockNoticeSubject: 'Il tuo account {org} è stato sbloccato',
  unlockNoticeHeading: 'Il tuo account è stato sbloccato',
  unlockNoticeBody: 'Il tuo account {org} è stato sbloccato il {time}.',
  passwordChangedSubject: 'La tua password {org} è stata cambiata',
  passwordChangedHeading: 'La tua password è stata cambiata',
  passwordChangedBody: 'La password del tuo account {org} è stata cambiata il {time}.',
  methodAddedSubject: 'È stato aggiunto un metodo di recupero al tuo account {org}',
  methodAddedHeading: 'È stato aggiunto un metodo di recupero',
  methodAddedBody: 'Questo metodo di recupero è stato aggiunto al tuo account {org} il {time}:',
  methodRemovedSubject: 'È stato rimosso un metodo di recupero dal tuo account {org}',
  methodRemovedHeading: 'È stato rimosso un metodo di recupero',
  methodRemovedBody: 'Questo metodo di recupero è stato rimosso dal tuo account {org} il {time}:',
  methodMobile: 'Cellulare',
  methodOffice: 'Telefono dell’ufficio',
  methodEmail: 'Indirizzo email',
  methodSecurityQuestions: 'Domande di sicurezza',
  methodPasskey: 'Passkey',
  methodAuthenticator: 'App di autenticazione',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: 'L’indirizzo email di recupero del tuo account {org} è stato cambiato',
  emailChangedHeading: 'Il tuo indirizzo email di recupero è stato cambiato',
  emailChangedBody:
    'L’indirizzo email usato per recuperare il tuo account {org} è stato cambiato il {time}.',
  emailChangedNewAddress: 'Il nuovo indirizzo è {hint}.',
  emailChangedWhy:
    'Inviamo questo messaggio al tuo indirizzo precedente perché tu sia al corrente della modifica.',
  selfServiceBlockedSubject: 'La reimpostazione della password del tuo account {org} è sospesa',
  selfServiceBlockedHeading: 'La reimpostazione della password è sospesa',
  selfServiceBlockedBody:
    'Qualcuno ha inserito troppe volte codici di verifica o risposte errati per il tuo account {org}, quindi la reimpostazione della password e lo sblocco self-service sono sospesi per {hours} a partire dal {time}.',
  selfServiceBlockedNext: 'La tua password non è stata cambiata. Se eri tu, riprova più tardi.',
  passwordExpiringSubject: 'La tua password {org} scade a breve',
  passwordExpiringHeading: 'La tua password scade a breve',
  passwordExpiringBody: 'La password del tuo account {org} scade il {time}.',
  passwordExpiringNext:
    'Cambiala prima di allora per continuare ad accedere. Dopo ti verrà chiesto di cambiarla all’accesso.',
  registrationReminderSubject:
    'Configura la reimpostazione della password per il tuo account {org}',
  registrationReminderHeading: 'Configura la reimpostazione della password',
  registrationReminderBody:
    'Il tuo account {org} non ha ancora metodi di recupero, o ne ha troppo pochi per reimpostare la password da solo.',
  registrationReminderNext:
    'Aggiungili al prossimo accesso, così potrai reimpostare una password dimenticata senza chiedere aiuto.',
  reconfirmationReminderSubject: 'Controlla i metodi di recupero del tuo account {org}',
  reconfirmationReminderHeading: 'I tuoi metodi di recupero sono ancora corretti?',
  reconfirmationReminderBody:
    'Non confermi i metodi di recupero del tuo account {org} da un po’ di tempo.',
  reconfirmationReminderNext:
    'Accedi e conferma che sono ancora tuoi, oppure aggiornali, così potrai sempre reimpostare la password.',
  resetRequestedSubject: 'Qualcuno ha chiesto di reimpostare la tua password {org}',
  resetRequestedHeading: 'È stata richiesta una reimpostazione della password',
  resetRequestedBody:
    'Qualcuno ha chiesto di reimpostare la password del tuo account {org} il {time} e non ha terminato.',
  resetRequestedNext:
    'La tua password non è stata cambiata. Se eri tu, puoi ignorare questo messaggio.',
  greeting: 'Ciao {user},',
  notYouHelpdesk: 'Se non sei stato tu, contatta subito {helpdesk}.',
  notYouAdmin: 'Se non sei stato tu, contatta subito l’amministratore.',
  adminNoticeSubject: '{org}: l’amministratore {user} ha reimpostato la propria password',
  adminNoticeHeading: 'Un amministratore ha reimpostato la propria password',
  adminNoticeBody: '{user} ha reimpostato la propria password il {time}.',
  adminNoticeHint:
    'Ricevi questo messaggio perché sei un amministratore di {org}. Se non te lo aspettavi, controlla il report delle attività di reimpostazione delle password.',
  helpRequestedSubject: '{org}: {user} chiede aiuto a un amministratore per la password',
  helpRequestedHeading: 'Un utente chiede aiuto',
  helpRequestedBody:
    '{user} non è riuscito a reimpostare la password in self-service e il {time} ha chiesto l’aiuto di un amministratore.',
  helpRequestedHint:
    'Controlla con lui i suoi metodi di recupero, oppure emetti un pass di accesso temporaneo dalla pagina di amministrazione.',
  footer: 'Questo è un messaggio automatico di {org}. Non rispondere.',

  adminResetByAdminSubject: '{org}: {actor} ha reimpostato la password dell’amministratore {user}',
  adminResetByAdminHeading:
    'Un altro amministratore ha reimpostato la password di un amministratore',
  adminResetByAdminBody: '{actor} ha reimpostato la password di {user} il {time}.',
};
