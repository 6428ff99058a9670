import type { MessageCatalog } from '../message-catalog.js';

/** Greek (polite plural; drafted by the maintainers). */
export const el: MessageCatalog = {
  smsCode:
    'Ο κωδικός επαλήθευσης {org} είναι {code}. Λήγει σε {minutes}. Μην τον κοινοποιήσετε σε κανέναν.',
  voiceIntro: 'Γεια σας, εδώ {org}. Ο κωδικός επαλήθευσής σας είναι',
  emailCodeSubject: 'Ο κωδικός επαλήθευσής σας για {org}',
  emailCodeHeading: 'Ο κωδικός επαλήθευσής σας',
  emailCodeBody: 'Εισαγάγετε αυτόν τον κωδικό για να επιβεβαιώσετε ότι είστε εσείς:',
  emailCodeExpiry: 'Ο κωδικός λήγει σε {minutes}. Μην τον κοινοποιήσετε σε κανέναν.',
  emailCodeIgnore:
    'Αν δεν ζητήσατε αυτόν τον κωδικό, μπορείτε να αγνοήσετε αυτό το email. Κάποιος μπορεί να πληκτρολόγησε τη διεύθυνσή σας κατά λάθος.',
  resetNoticeSubject: 'Ο κωδικός πρόσβασής σας για {org} επαναφέρθηκε',
  resetNoticeHeading: 'Ο κωδικός πρόσβασής σας επαναφέρθηκε',
  resetNoticeBody: 'Ο κωδικός του λογαριασμού σας στο {org} επαναφέρθηκε στις {time}.',
  unlockNoticeSubject: 'Ο λογαριασμός σας στο {org} ξεκλειδώθηκε',
  unlockNoticeHeading: 'Ο λογαριασμός σας ξεκλειδώθηκε',
  unlockNoticeBody: 'Ο λογαριασμός σας στο {org} ξεκλειδώθηκε στις {time}.',
  passwordChangedSubject: 'Ο κωδικός πρόσβασής σας για {org} άλλαξε',
  passwordChangedHeading: 'Ο κωδικός πρόσβασής σας άλλαξε',
  passwordChangedBody: 'Ο κωδικός του λογαριασμού σας στο {org} άλλαξε στις {time}.',
  methodAddedSubject: 'Προστέθηκε μέθοδος ανάκτησης στον λογαριασμό σας στο {org}',
  methodAddedHeading: 'Προστέθηκε μέθοδος ανάκτησης',
  methodAddedBody: 'Αυτή η μέθοδος ανάκτησης προστέθηκε στον λογαριασμό σας στο {org} στις {time}:',
  methodRemovedSubject: 'Καταργήθηκε μέθοδος ανάκτησης από τον λογαριασμό σας στο {org}',
  methodRemovedHeading: 'Καταργήθηκε μέθοδος ανάκτησης',
  methodRemovedBody:
    'Αυτή η μέθοδος ανάκτησης καταργήθηκε από τον λογαριασμό σας στο {org} στις {time}:',
  methodMobile: 'Κινητό τηλέφωνο',
  methodOffice: 'Τηλέφωνο γραφείου',
  methodEmail: 'Διεύθυνση email',
  methodSecurityQuestions: 'Ερωτήσεις ασφαλείας',
  methodPasskey: 'Κλειδί πρόσβασης',
  methodAuthenticator: 'Εφαρμογή ελέγχου ταυτότητας',
  methodWithHint: '{method}: {hint}',
  emailChangedSubject: 'Η διεύθυνση email ανάκτησης του λογαριασμού σας στο {org} άλλαξε',
  emailChangedHeading: 'Η διεύθυνση email ανάκτησής σας άλλαξε',
  emailChangedBody:
    'Η διεύθυνση email για την ανάκτηση του λογαριασμού σας στο {org} άλλαξε στις {time}.',
  emailChangedNewAddress: 'Η νέα διεύθυνση είναι {hint}.',
  emailChangedWhy:
    'Στέλνουμε αυτό το μήνυμα στην προηγούμενη διεύθυνσή σας για να γνωρίζετε την αλλαγή.',
  selfServiceBlockedSubject:
    'Η επαναφορά κωδικού για τον λογαριασμό σας στο {org} έχει τεθεί σε παύση',
  selfServiceBlockedHeading: 'Η επαναφορά κωδικού έχει τεθεί σε παύση',
  selfServiceBlockedBody:
    'Κάποιος εισήγαγε λανθασμένους κωδικούς επαλήθευσης ή απαντήσεις για τον λογαριασμό σας στο {org} πάρα πολλές φορές, οπότε η επαναφορά κωδικού και το ξεκλείδωμα μέσω αυτοεξυπηρέτησης τέθηκαν σε παύση για {hours} από τις {time}.',
  selfServiceBlockedNext: 'Ο κωδικός σας δεν άλλαξε. Αν ήσασταν εσείς, δοκιμάστε ξανά αργότερα.',
  passwordExpiringSubject: 'Ο κωδικός πρόσβασής σας για {org} λήγει σύντομα',
  passwordExpiringHeading: 'Ο κωδικός πρόσβασής σας λήγει σύντομα',
  passwordExpiringBody: 'Ο κωδικός του λογαριασμού σας στο {org} λήγει στις {time}.',
  passwordExpiringNext:
    'Αλλάξτε τον πριν από τότε για να συνεχίσετε να συνδέεστε. Μετά θα σας ζητηθεί να τον αλλάξετε κατά τη σύνδεση.',
  registrationReminderSubject: 'Ρυθμίστε την επαναφορά κωδικού για τον λογαριασμό σας στο {org}',
  registrationReminderHeading: 'Ρυθμίστε την επαναφορά κωδικού',
  registrationReminderBody:
    'Ο λογαριασμός σας στο {org} δεν έχει ακόμη μεθόδους ανάκτησης ή έχει πολύ λίγες για να επαναφέρετε μόνοι σας τον κωδικό.',
  registrationReminderNext:
    'Προσθέστε τις την επόμενη φορά που θα συνδεθείτε, ώστε να επαναφέρετε έναν ξεχασμένο κωδικό χωρίς να ζητήσετε βοήθεια.',
  reconfirmationReminderSubject: 'Ελέγξτε τις μεθόδους ανάκτησης του λογαριασμού σας στο {org}',
  reconfirmationReminderHeading: 'Είναι ακόμη σωστές οι μέθοδοι ανάκτησής σας;',
  reconfirmationReminderBody:
    'Δεν έχετε επιβεβαιώσει εδώ και καιρό τις μεθόδους ανάκτησης του λογαριασμού σας στο {org}.',
  reconfirmationReminderNext:
    'Συνδεθείτε και επιβεβαιώστε ότι είναι ακόμη δικές σας ή ενημερώστε τις, ώστε να μπορείτε πάντα να επαναφέρετε τον κωδικό σας.',
  resetRequestedSubject: 'Κάποιος ζήτησε επαναφορά του κωδικού σας για {org}',
  resetRequestedHeading: 'Ζητήθηκε επαναφορά κωδικού',
  resetRequestedBody:
    'Κάποιος ζήτησε επαναφορά του κωδικού του λογαριασμού σας στο {org} στις {time} και δεν την ολοκλήρωσε.',
  resetRequestedNext:
    'Ο κωδικός σας δεν άλλαξε. Αν ήσασταν εσείς, μπορείτε να αγνοήσετε αυτό το μήνυμα.',
  greeting: 'Γεια σας {user},',
  notYouHelpdesk: 'Αν δεν ήσασταν εσείς, επικοινωνήστε αμέσως με {helpdesk}.',
  notYouAdmin: 'Αν δεν ήσασταν εσείς, επικοινωνήστε αμέσως με τον διαχειριστή σας.',
  adminNoticeSubject: '{org}: ο διαχειριστής {user} επανέφερε τον δικό του κωδικό',
  adminNoticeHeading: 'Ένας διαχειριστής επανέφερε τον δικό του κωδικό',
  adminNoticeBody: 'Ο/Η {user} επανέφερε τον δικό του/της κωδικό στις {time}.',
  adminNoticeHint:
    'Λαμβάνετε αυτό το μήνυμα επειδή είστε διαχειριστής του {org}. Αν δεν το περιμένατε, ελέγξτε την αναφορά δραστηριότητας επαναφοράς κωδικών.',
  helpRequestedSubject: '{org}: ο/η {user} ζητά βοήθεια από διαχειριστή για τον κωδικό του/της',
  helpRequestedHeading: 'Ένας χρήστης ζητά βοήθεια',
  helpRequestedBody:
    'Ο/Η {user} δεν μπόρεσε να επαναφέρει τον κωδικό του/της μέσω αυτοεξυπηρέτησης και ζήτησε στις {time} βοήθεια από διαχειριστή.',
  helpRequestedHint:
    'Ελέγξτε μαζί του/της τις μεθόδους ανάκτησης ή εκδώστε έναν προσωρινό κωδικό πρόσβασης από τη σελίδα διαχείρισης.',
  footer: 'Αυτό είναι ένα αυτόματο μήνυμα από {org}. Μην απαντήσετε.',

  adminResetByAdminSubject: '{org}: ο/η {actor} επανέφερε τον κωδικό του διαχειριστή {user}',
  adminResetByAdminHeading: 'Ένας άλλος διαχειριστής επανέφερε τον κωδικό ενός διαχειριστή',
  adminResetByAdminBody: 'Ο/Η {actor} επανέφερε τον κωδικό του/της {user} στις {time}.',
};
