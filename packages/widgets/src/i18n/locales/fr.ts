import type { Catalog } from './en.js';

// French (formal: vous), with a no-break space (U+00A0) before ? ! : and ;.

/** French. */
export const fr: Catalog = {
  'link.text': 'Vous n’arrivez pas à accéder à votre compte\u00a0?',
  'dialog.label': 'Récupération du compte',

  'identify.heading.reset': 'Réinitialiser votre mot de passe',
  'identify.heading.unlock': 'Débloquer votre compte',
  'identify.intro':
    'Saisissez votre nom d’utilisateur ou votre adresse e-mail et nous vous aiderons à retrouver l’accès.',
  'identify.label': 'Nom d’utilisateur ou adresse e-mail',
  'identify.intent.legend': 'De quoi avez-vous besoin\u00a0?',
  'identify.intent.reset': 'J’ai oublié mon mot de passe',
  'identify.intent.unlock': 'Mon compte est bloqué et je connais mon mot de passe',

  'action.next': 'Suivant',
  'action.back': 'Retour',
  'action.cancel': 'Annuler',
  'action.sendCode': 'Envoyer le code',
  'action.verify': 'Vérifier',
  'action.resend': 'Envoyer un nouveau code',
  'action.otherMethod': 'Utiliser une autre méthode',
  'action.resetPassword': 'Définir le mot de passe',
  'action.unlock': 'Débloquer le compte',
  'action.startOver': 'Recommencer',
  'action.close': 'Fermer',
  'action.signIn': 'Se connecter',

  'method.heading': 'Choisissez comment prouver votre identité',
  'method.progress': 'Vérification {current} sur {total}',
  'method.gatePassed': 'Vérification {current} sur {total} réussie.',
  'method.legend': 'Méthode de vérification',
  'method.mobileSms': 'Envoyer un code par SMS à mon mobile {hint}',
  'method.mobileVoice': 'Appeler mon mobile {hint}',
  'method.officeVoice': 'Appeler mon téléphone professionnel {hint}',
  'method.email': 'Envoyer un code par e-mail à {hint}',
  'method.securityQuestions': 'Répondre à mes questions de sécurité',
  'method.passkey': 'Utiliser une clé d’accès',
  'method.authenticatorApp': 'Saisir un code de mon application d’authentification',
  'method.temporary_access_pass': 'Utiliser un passe d’accès temporaire de mon administrateur',
  'method.nextGate.strong_method_registered':
    'Votre compte a une clé d’accès ou une application d’authentification. Utilisez l’une d’elles pour continuer.',
  'method.nextGate.admin_phishing_resistant':
    'Les comptes administrateur doivent utiliser une clé d’accès pour continuer.',
  'passkey.heading': 'Utilisez votre clé d’accès',
  'passkey.intro':
    'Votre navigateur va demander la clé d’accès de ce compte : sur cet appareil, sur votre téléphone ou sur une clé de sécurité.',
  'action.usePasskey': 'Utiliser une clé d’accès',
  'authenticator.heading': 'Saisissez le code de votre application d’authentification',
  'authenticator.intro':
    'Ouvrez l’application d’authentification configurée pour ce compte et saisissez le code à 6 chiffres qu’elle affiche.',
  'authenticator.label': 'Code à 6 chiffres',
  'authenticator.tooManyAttempts': 'Trop de codes erronés de l’application. Réessayez plus tard.',
  'method.none': 'Il ne reste aucune méthode de vérification.',

  'confirm.heading.phone': 'Confirmez votre numéro de téléphone',
  'confirm.heading.email': 'Confirmez votre adresse e-mail',
  'confirm.intro.phone':
    'Pour protéger votre compte, saisissez le numéro de téléphone complet que {hint} représente. S’il correspond, nous y enverrons le code.',
  'confirm.intro.email':
    'Pour protéger votre compte, saisissez l’adresse e-mail complète que {hint} représente. Si elle correspond, nous y enverrons le code.',
  'confirm.label.phone': 'Numéro de téléphone complet',
  'confirm.label.email': 'Adresse e-mail complète',
  'confirm.help.phone': 'Avec l’indicatif du pays, par exemple +33 6 12 34 56 78.',

  'code.heading': 'Saisissez le code',
  'code.intro.sms': 'Si ce numéro correspond à celui qui est enregistré, un code est en route.',
  'code.intro.voice':
    'Si ce numéro correspond à celui qui est enregistré, nous l’appelons maintenant.',
  'code.intro.email':
    'Si cette adresse correspond à celle qui est enregistrée, un code est en route.',
  'code.label': 'Code de vérification',
  'code.expiresIn': 'Le code expire dans {time}.',
  'code.expired': 'Le code a expiré. Demandez-en un nouveau.',
  'code.resent':
    'Si ce que vous avez saisi correspond à nos informations, un nouveau code est en route.',
  'code.resendIn': 'Vous pourrez demander un nouveau code dans {time}.',
  'code.deliveryFailed':
    'Nous n’avons pas pu remettre le code. Demandez-en un nouveau ou choisissez une autre méthode.',

  'questions.heading': 'Répondez à vos questions de sécurité',
  'questions.intro': 'Les majuscules ne comptent pas.',

  'password.heading': 'Choisissez un nouveau mot de passe',
  'password.intro': 'Utilisez une longue phrase secrète que vous n’utilisez nulle part ailleurs.',
  'password.new': 'Nouveau mot de passe',
  'password.confirm': 'Confirmez le nouveau mot de passe',
  'password.show': 'Afficher les mots de passe',
  'password.rules': 'Exigences du mot de passe',
  'password.rule.length': 'Entre {min} et {max} caractères',
  'password.rule.match': 'Les deux mots de passe sont identiques',
  'password.rule.met': 'Respecté\u00a0:',
  'password.rule.unmet': 'Pas encore respecté\u00a0:',
  'password.mismatch': 'Les mots de passe ne sont pas identiques.',

  'unlock.heading': 'Débloquer votre compte',
  'unlock.intro':
    'Vous avez prouvé votre identité. Débloquez votre compte, puis connectez-vous avec votre mot de passe actuel.',

  'done.heading.reset': 'Votre mot de passe a été réinitialisé',
  'done.heading.unlock': 'Votre compte est débloqué',
  'done.next.reset':
    'Connectez-vous avec votre nouveau mot de passe. Les applications et appareils qui utilisent encore l’ancien vous demanderont de vous reconnecter.',
  'done.next.unlock': 'Vous pouvez maintenant vous connecter avec votre mot de passe actuel.',
  'done.registerNext':
    'Enregistrez de nouveaux moyens de prouver votre identité pour pouvoir réinitialiser votre mot de passe vous-même la prochaine fois.',
  'action.registerMethods': 'Enregistrer de nouveaux moyens de vérification',

  'temporaryPass.heading': 'Saisissez votre passe d’accès temporaire',
  'temporaryPass.intro':
    'Tapez le passe que votre administrateur vous a donné. Rien ne vous est envoyé.',
  'temporaryPass.label': 'Passe d’accès temporaire',

  'change.heading': 'Changer votre mot de passe',
  'change.heading.expired': 'Votre mot de passe a expiré',
  'change.intro': 'Saisissez votre mot de passe actuel, puis choisissez-en un nouveau.',
  'change.intro.expired': 'Choisissez un nouveau mot de passe pour continuer.',
  'change.current': 'Mot de passe actuel',
  'action.changePassword': 'Changer le mot de passe',
  'change.done.heading': 'Votre mot de passe a été changé',
  'change.done.next':
    'Utilisez désormais votre nouveau mot de passe. Les applications et appareils qui utilisent encore l’ancien vous demanderont de vous reconnecter.',

  'register.heading': 'Vos méthodes de récupération',
  'register.intro':
    'Elles nous permettent de confirmer votre identité si vous oubliez votre mot de passe.',
  'register.status.registered': 'Tout est en ordre.',
  'register.status.needs_reconfirmation': 'Vérifiez que ces informations sont toujours les vôtres.',
  'register.status.missing':
    'Ajoutez des méthodes jusqu’à en avoir {count}, pour pouvoir réinitialiser votre mot de passe vous-même.',
  'register.list': 'Méthodes enregistrées',
  'register.kind.mobile': 'Mobile {hint}',
  'register.kind.office': 'Téléphone professionnel {hint}',
  'register.kind.email': 'E-mail {hint}',
  'register.kind.securityQuestions': 'Questions de sécurité',
  'register.kind.passkey': 'Clé d’accès',
  'register.kind.authenticator': 'Application d’authentification',
  'register.named': '{method} « {name} »',
  'register.use.never': 'Ajoutée le {created}. Pas encore utilisée.',
  'register.use.last': 'Ajoutée le {created}. Dernière utilisation le {lastUsed}.',
  'register.name.help': 'Un nom que vous reconnaîtrez, 64 caractères au plus.',
  'register.passkey.heading': 'Ajouter une clé d’accès',
  'register.passkey.intro':
    'Avec une clé d’accès, vous prouvez votre identité avec votre empreinte, votre visage ou le verrouillage de l’écran. Votre navigateur vous demandera où l’enregistrer.',
  'register.passkey.name': 'Nom de la clé d’accès',
  'register.passkey.added': 'La clé d’accès a été ajoutée.',
  'register.passkey.tooMany':
    'Vous avez le nombre maximal de clés d’accès. Supprimez-en une d’abord.',
  'register.authenticator.heading': 'Configurer une application d’authentification',
  'register.authenticator.scan': 'Scannez ce code QR avec votre application d’authentification.',
  'register.authenticator.qr': 'Code QR à scanner avec votre application d’authentification',
  'register.authenticator.key':
    'Impossible de le scanner ? Saisissez plutôt cette clé dans l’application :',
  'register.authenticator.copied': 'La clé a été copiée.',
  'register.authenticator.copyFailed':
    'La clé n’a pas pu être copiée. Elle est sélectionnée : copiez-la vous-même.',
  'register.authenticator.confirm':
    'Saisissez ensuite le code affiché par l’application et donnez-lui un nom.',
  'register.authenticator.name': 'Nom de cette application',
  'register.authenticator.added': 'L’application d’authentification a été ajoutée.',
  'register.authenticator.expired':
    'Le délai de configuration est écoulé. Configurez l’application à nouveau.',
  'register.authenticator.tooMany':
    'Vous avez le nombre maximal d’applications d’authentification. Supprimez-en une d’abord.',
  'register.rename.heading': 'Renommer {method}',
  'register.rename.name': 'Nouveau nom',
  'register.renamed': 'Le nom a été enregistré.',
  'action.addPasskey': 'Ajouter une clé d’accès',
  'action.createPasskey': 'Créer la clé d’accès',
  'action.setupAuthenticator': 'Configurer une application d’authentification',
  'action.copyKey': 'Copier la clé',
  'action.confirm': 'Confirmer',
  'action.renameMethod': 'Renommer {method}',
  'register.fromDirectory': 'Issu de l’annuaire de votre organisation',
  'register.none': 'Aucune méthode pour l’instant.',
  'register.add.heading.mobile': 'Ajouter un numéro de téléphone',
  'register.add.heading.email': 'Ajouter une adresse e-mail',
  'register.add.intro': 'Nous enverrons un code pour la vérifier.',
  'register.verify.intro': 'Nous avons envoyé un code à {hint}.',
  'register.added': 'La méthode a été ajoutée.',
  'register.removed': 'La méthode a été supprimée.',
  'register.reconfirmed': 'Merci, vos méthodes sont confirmées.',
  'register.questions.heading': 'Configurer les questions de sécurité',
  'register.questions.intro':
    'Choisissez {count} questions différentes, avec des réponses que vous seul connaissez.',
  'register.questions.question': 'Question {number}',
  'register.questions.answer': 'Réponse {number}',
  'register.questions.invalid': 'Vérifiez les champs signalés.',
  'register.questions.saved': 'Vos questions de sécurité ont été enregistrées.',
  'action.addPhone': 'Ajouter un numéro de téléphone',
  'action.addEmail': 'Ajouter une adresse e-mail',
  'action.setQuestions': 'Configurer les questions de sécurité',
  'action.reconfirm': 'C’est correct',
  'action.skipForNow': 'Passer pour l’instant ({count} restant)',
  'action.continue': 'Continuer',
  'action.removeMethod': 'Supprimer {method}',
  'register.remove.confirm':
    'Supprimer {method} ? Vous ne pourrez plus l’utiliser pour réinitialiser votre mot de passe.',
  'action.confirmRemove': 'Oui, supprimer',
  'action.keepMethod': 'Conserver',
  'action.save': 'Enregistrer',
  'answer.unknown_question': 'Choisissez une question dans la liste.',
  'answer.duplicate_question': 'Choisissez une question différente pour chaque réponse.',
  'answer.too_short': 'Une réponse est trop courte.',
  'answer.too_long': 'Une réponse est trop longue.',
  'answer.duplicate_answer': 'Donnez une réponse différente à chaque question.',
  'answer.contains_question': 'Une réponse ne doit pas reprendre sa question.',
  'answer.contains_name': 'Une réponse ne doit pas contenir votre nom.',

  'blocked.heading': 'Le libre-service est bloqué pour le moment',
  'blocked.body':
    'Le libre-service est bloqué pour ce compte pour le moment. Réessayez {when} ou contactez le support.',
  'failure.heading': 'Un problème est survenu',

  'helpdesk.url': 'Contacter le support',
  'helpdesk.email': 'Écrire au support à {email}',
  'helpdesk.none': 'Vous êtes bloqué\u00a0? Contactez votre administrateur.',
  'helpdesk.contactAdmin': 'Contacter votre administrateur',
  'helpdesk.contacted': 'Votre administrateur a été prévenu.',

  'status.loading': 'Chargement…',
  'status.working': 'Veuillez patienter…',
  'field.required': 'Remplissez ce champ.',

  'error.invalid_request': 'Vérifiez votre saisie et réessayez.',
  'error.captcha_failed': 'Terminez la vérification et réessayez.',
  'captcha.working': 'Vérification que vous êtes une personne',
  'error.not_eligible': 'Ce compte ne peut pas réinitialiser son mot de passe en libre-service.',
  'error.flow_not_found': 'Cette session est terminée. Recommencez.',
  'error.flow_expired': 'Cette session a expiré. Recommencez.',
  'error.invalid_state': 'Cette étape n’est plus possible. Recommencez.',
  'error.method_not_found': 'Cette méthode n’est pas disponible. Choisissez-en une autre.',
  'error.method_already_used': 'Vous avez déjà utilisé cette méthode. Choisissez-en une autre.',
  'error.confirm_required': 'Saisissez le numéro de téléphone ou l’adresse e-mail complet.',
  'error.rate_limited': 'Trop de tentatives. Réessayez {when}.',
  'error.invalid_code': 'Ce code est faux ou a déjà été utilisé. Vérifiez-le et réessayez.',
  'error.code_expired': 'Ce code a expiré. Demandez-en un nouveau.',
  'error.too_many_attempts': 'Ce code a été essayé trop souvent. Demandez-en un nouveau.',
  'error.invalid_answers': 'Au moins une réponse était fausse. Répondez plutôt à ces questions.',
  'attemptsLeft.one': 'Encore {count} tentative avant le blocage du libre-service.',
  'attemptsLeft.other': 'Encore {count} tentatives avant le blocage du libre-service.',
  'error.blocked':
    'Le libre-service est bloqué pour ce compte pour le moment. Réessayez {when} ou contactez le support.',
  'error.password_required': 'Saisissez un nouveau mot de passe.',
  'error.password_rejected': 'Choisissez un autre mot de passe\u00a0:',
  'error.directory_error':
    'Nous n’avons pas pu mettre à jour votre compte. Réessayez dans un instant.',
  'error.conflict': 'Quelque chose a changé entre-temps. Réessayez.',
  'error.reauthentication_required':
    'Saisissez votre mot de passe actuel pour effectuer cette modification.',
  'error.user_not_found': 'Nous n’avons pas trouvé votre compte.',
  'error.method_not_allowed': 'Ce type de méthode n’est pas autorisé.',
  'error.invalid_value':
    'Saisissez un numéro de téléphone valide (avec l’indicatif du pays) ou une adresse e-mail valide.',
  'error.country_not_allowed':
    'Les codes ne peuvent pas être envoyés aux numéros de ce pays. Utilisez un autre numéro.',
  'error.below_minimum':
    'Vous ne pouvez pas supprimer cette méthode\u00a0: il vous en faut au moins {count}.',
  'error.postpone_limit': 'Vous ne pouvez plus reporter. Configurez-le maintenant.',
  'error.not_postponable': 'Cela ne peut pas être reporté.',
  'error.incorrect_password': 'Votre mot de passe actuel est incorrect.',
  'error.not_found': 'Le service est introuvable.',
  'error.unsupported_method': 'Le service a refusé la demande.',
  'error.invalid_json': 'Le service a refusé la demande.',
  'error.payload_too_large': 'Votre saisie est trop longue.',
  'error.unsupported_media_type': 'Le service a refusé la demande.',
  'error.unauthenticated': 'Connectez-vous d’abord.',
  'error.forbidden': 'Vous n’êtes pas autorisé à faire cela.',
  'error.authentication_unavailable':
    'La connexion est impossible pour le moment. Réessayez plus tard.',
  'error.not_implemented': 'Ce n’est pas disponible ici.',
  'error.internal': 'Un problème est survenu de notre côté. Réessayez plus tard.',
  'error.network_error':
    'Le service est injoignable, ou il refuse les requêtes de cette page (son origine n’est pas autorisée). Réessayez plus tard, ou contactez le support si cela continue.',
  'error.invalid_response': 'Le service a répondu de façon inattendue. Réessayez plus tard.',
  'error.invalid_credential':
    'La clé d’accès n’a pas pu être vérifiée. Réessayez ou utilisez une autre méthode.',
  'error.strong_method_required':
    'Utilisez une clé d’accès ou une application d’authentification pour cette étape.',
  'error.invalid_name': 'Donnez un nom de 1 à 64 caractères.',
  'error.too_many_methods':
    'Vous avez le nombre maximal de méthodes de ce type. Supprimez-en une d’abord.',
  'error.passkey_canceled':
    'La demande de clé d’accès a été fermée ou a expiré. Réessayez quand vous êtes prêt.',
  'error.passkey_unsupported':
    'Ce navigateur ne peut pas utiliser de clés d’accès. Utilisez une autre méthode ou un autre navigateur.',
  'error.passkey_already_registered': 'Cet appareil a déjà une clé d’accès pour votre compte.',
  'error.passkey_failed':
    'La clé d’accès n’a pas fonctionné. Réessayez ou utilisez une autre méthode.',
  'error.unknown': 'Un problème est survenu. Réessayez.',
  'error.directory.password_policy':
    'L’annuaire de votre organisation a refusé ce mot de passe. Choisissez-en un autre.',

  'issue.too_short': 'Utilisez au moins {minimum} caractères (celui-ci en a {length}).',
  'issue.too_long': 'Utilisez au plus {maximum} caractères (celui-ci en a {length}).',
  'issue.banned': 'Ce mot de passe est trop courant ou trop facile à deviner.',
  'issue.breached': 'Ce mot de passe est apparu dans une fuite de données.',
  'issue.reused':
    'Vous avez utilisé ce mot de passe récemment. Choisissez-en un que vous n’avez pas encore utilisé.',
  'issue.contains_identifier':
    'N’utilisez pas votre nom d’utilisateur ni votre adresse e-mail dans votre mot de passe.',
};
