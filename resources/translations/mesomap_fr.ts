<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Accounts</name>
        <message>
            <location filename="../../mesomap/gui/accounts/backups.py" line="+60" />
            <source>This is a PostgreSQL database: back it up on the server with pg_dump (see docs/backup.md).</source>
            <translation>C'est une base PostgreSQL : sauvegardez-la sur le serveur avec pg_dump (voir docs/backup.md).</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Backup made and checked: %1</source>
            <translation>Sauvegarde effectuée et vérifiée : %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This is a PostgreSQL database: restore it on the server with pg_restore (see docs/backup.md).</source>
            <translation>C'est une base PostgreSQL : restaurez-la sur le serveur avec pg_restore (voir docs/backup.md).</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+12" />
            <source>Restore from backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <location line="-11" />
            <source>mesomap backups (*.sqlite)</source>
            <translation>Sauvegardes mesomap (*.sqlite)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Replace the current database with %1? Everything recorded after that backup is replaced (the current database is kept beside it). Close mesomap on other computers using it first.</source>
            <translation>Remplacer la base de données actuelle par %1 ? Tout ce qui a été enregistré après cette sauvegarde est remplacé (la base actuelle est conservée à côté). Fermez d'abord mesomap sur les autres ordinateurs qui l'utilisent.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The database was restored from %1. Log in again.</source>
            <translation>La base de données a été restaurée depuis %1. Reconnectez-vous.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/accounts/patient_data.py" line="+59" />
            <source>Choose a patient in the list first.</source>
            <translation>Choisissez d'abord un patient dans la liste.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Readable PDF (*.pdf)</source>
            <translation>PDF lisible (*.pdf)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export patient data</source>
            <translation>Exporter les données du patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Patient data exported to %1</source>
            <translation>Données du patient exportées dans %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Erase patient</source>
            <translation>Effacer le patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Erase this patient and all their records for good? This cannot be undone. Backups keep them until rotation removes them.</source>
            <translation>Effacer définitivement ce patient et tous ses dossiers ? C'est irréversible. Les sauvegardes les conservent jusqu'à ce que la rotation les supprime.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Anonymise patient</source>
            <translation>Anonymiser le patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This patient has signed records, which must be kept, so they cannot be erased. Anonymise instead (remove name, birth date and contact details, keep the clinical record)?</source>
            <translation>Ce patient a des dossiers signés, qui doivent être conservés : il ne peut donc pas être effacé. L'anonymiser à la place (supprimer le nom, la date de naissance et les coordonnées, garder le dossier clinique) ?</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The patient was erased.</source>
            <translation>Le patient a été effacé.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The patient was anonymised.</source>
            <translation>Le patient a été anonymisé.</translation>
        </message>
    </context>
    <context>
        <name>AccountsController</name>
        <message numerus="yes">
            <location filename="../../mesomap/gui/accounts/__init__.py" line="+148" />
            <source>The audit trail of this database was changed outside mesomap (%n entries affected). Tell the administrator: keep this database as it is and check it with 'mesomap audit --verify'.</source>
            <translation>
                <numerusform>La piste d'audit de cette base de données a été modifiée en dehors de mesomap (%n entrée concernée). Prévenez l'administrateur : conservez cette base telle quelle et vérifiez-la avec 'mesomap audit --verify'.</numerusform>
                <numerusform>La piste d'audit de cette base de données a été modifiée en dehors de mesomap (%n entrées concernées). Prévenez l'administrateur : conservez cette base telle quelle et vérifiez-la avec 'mesomap audit --verify'.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+45" />
            <source>Backup made and checked: %1</source>
            <translation>Sauvegarde effectuée et vérifiée : %1</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Demonstration: no login</source>
            <translation>Démonstration : sans connexion</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nobody logged in</source>
            <translation>Personne n'est connecté</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Logged in: %1</source>
            <translation>Connecté : %1</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../mesomap/gui/actions.py" line="+51" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Patient</source>
            <translation>&amp;Patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Session</source>
            <translation>&amp;Séance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tools</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Open database…</source>
            <translation>&amp;Ouvrir une base de données…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open another mesomap database file in a new window</source>
            <translation>Ouvrir un autre fichier de base mesomap dans une nouvelle fenêtre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;demonstration database</source>
            <translation>Ouvrir la base de &amp;démonstration</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the demonstration database (fictional patients) in a new window</source>
            <translation>Ouvrir la base de démonstration (patients fictifs) dans une nouvelle fenêtre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close mesomap</source>
            <translation>Fermer mesomap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo the last change to the map</source>
            <translation>Annuler la dernière modification de la carte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Redo the change just undone</source>
            <translation>Rétablir la modification annulée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Find patient</source>
            <translation>&amp;Rechercher un patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go to the patient search box</source>
            <translation>Aller à la zone de recherche des patients</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Se&amp;ttings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinic and workstation settings</source>
            <translation>Paramètres du cabinet et du poste</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Full screen</source>
            <translation>&amp;Plein écran</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the window on the whole screen</source>
            <translation>Afficher la fenêtre sur tout l'écran</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read the patient list again from the database</source>
            <translation>Relire la liste des patients dans la base de données</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Patient list</source>
            <translation>&amp;Liste des patients</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show or hide the patient list</source>
            <translation>Afficher ou masquer la liste des patients</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;New patient…</source>
            <translation>&amp;Nouveau patient…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a patient record</source>
            <translation>Créer un dossier patient</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit patient…</source>
            <translation>&amp;Modifier le patient…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the selected patient's details</source>
            <translation>Modifier les données du patient sélectionné</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;About mesomap</source>
            <translation>À &amp;propos de mesomap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Version and licences</source>
            <translation>Version et licences</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/printing/actions.py" line="+24" />
            <source>&amp;Print session sheet…</source>
            <translation>&amp;Imprimer la fiche de séance…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print the current session's sheet</source>
            <translation>Imprimer la fiche de la séance en cours</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print pre&amp;view…</source>
            <translation>&amp;Aperçu avant impression…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See the session sheet as it will print</source>
            <translation>Voir la fiche de séance telle qu'elle sera imprimée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Export sheet as PDF…</source>
            <translation>&amp;Exporter la fiche en PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the session sheet as a PDF file</source>
            <translation>Enregistrer la fiche de séance dans un fichier PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print a &amp;day's sheets…</source>
            <translation>Imprimer les fiches d'une &amp;journée…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print or export every session sheet of a day</source>
            <translation>Imprimer ou exporter toutes les fiches de séance d'une journée</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/accounts/__init__.py" line="-206" />
            <source>S&amp;witch user…</source>
            <translation>&amp;Changer d'utilisateur…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Let another person log in without closing mesomap</source>
            <translation>Permettre à une autre personne de se connecter sans fermer mesomap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide patient data until someone logs in again</source>
            <translation>Masquer les données patients jusqu'à la prochaine connexion</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Audit trail…</source>
            <translation>Piste d'&amp;audit…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who did what and when, by patient, user and date</source>
            <translation>Qui a fait quoi et quand, par patient, utilisateur et date</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/accounts/backups.py" line="-93" />
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make a checked copy of the database now</source>
            <translation>Faire maintenant une copie vérifiée de la base de données</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replace the database with a checked backup</source>
            <translation>Remplacer la base de données par une sauvegarde vérifiée</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/accounts/patient_data.py" line="-126" />
            <source>E&amp;xport patient data…</source>
            <translation>E&amp;xporter les données du patient…</translation>
        </message>
        <message>
            <source>Save the selected patient's complete record as a JSON file (access request)</source>
            <translation type="vanished">Enregistrer le dossier complet du patient sélectionné dans un fichier JSON (demande d'accès)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the selected patient's complete record as JSON or a readable PDF (access request)</source>
            <translation>Enregistrer le dossier complet du patient sélectionné en JSON ou en PDF lisible (demande d'accès)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>E&amp;rase patient…</source>
            <translation>E&amp;ffacer le patient…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Erase the selected patient, or anonymise them if signed records must be kept</source>
            <translation>Effacer le patient sélectionné, ou l'anonymiser si des dossiers signés doivent être conservés</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/records/controller.py" line="+24" />
            <source>Open &amp;record</source>
            <translation>Ouvrir le &amp;dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The selected patient's courses, sessions and course plot</source>
            <translation>Cures, séances et graphique de cure du patient sélectionné</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Today</source>
            <translation>&amp;Aujourd'hui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The day's sessions per practitioner</source>
            <translation>Les séances du jour par praticien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Plan session…</source>
            <translation>&amp;Planifier une séance…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan a session for the selected patient on a template</source>
            <translation>Planifier une séance pour le patient sélectionné sur un modèle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Protocol library…</source>
            <translation>Bibliothèque de &amp;protocoles…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The clinic's technique presets</source>
            <translation>Les préréglages de technique du cabinet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Products, &amp;lots and limits…</source>
            <translation>Produits, &amp;lots et limites…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Product catalogue, lots, limits and lot recall</source>
            <translation>Catalogue des produits, lots, limites et rappel de lots</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contraindication &amp;checklist…</source>
            <translation>&amp;Liste des contre-indications…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The questions asked before every session</source>
            <translation>Les questions posées avant chaque séance</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/trainer/__init__.py" line="+165" />
            <source>&amp;Presenter view</source>
            <translation>Vue &amp;présentateur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show injection playback full screen for a projector (fictional maps only)</source>
            <translation>Afficher la relecture des injections en plein écran pour un projecteur (cartes fictives uniquement)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Play this patient's &amp;last map</source>
            <translation>Rejouer la &amp;dernière carte de ce patient</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Injection playback of the chosen fictional patient's latest session map, full screen (demonstration database only)</source>
            <translation>Relecture des injections de la dernière carte de séance du patient fictif choisi, en plein écran (base de démonstration uniquement)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Technique diagrams</source>
            <translation>Schémas de &amp;technique</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Compare two injection techniques on a skin cross-section drawn to scale</source>
            <translation>Comparer deux techniques d'injection sur une coupe de peau à l'échelle</translation>
        </message>
        <message>
            <location line="+3" />
            <source>P&amp;ractice exercise</source>
            <translation>E&amp;xercice pratique</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Let a trainee place papules and score the attempt</source>
            <translation>Laisser un stagiaire placer des papules et noter l'essai</translation>
        </message>
    </context>
    <context>
        <name>AdverseEventDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/perform.py" line="+254" />
            <source>Adverse event</source>
            <translation>Événement indésirable</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. bruise, vasovagal reaction</source>
            <translation>p. ex. ecchymose, malaise vagal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Severity</source>
            <translation>&amp;Gravité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mild</source>
            <translation>Légère</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Moderate</source>
            <translation>Modérée</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Severe</source>
            <translation>Grave</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Onset date</source>
            <translation>Date d'&amp;apparition</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Description</source>
            <translation>&amp;Description</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Action taken</source>
            <translation>&amp;Mesure prise</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Reason for the amendment</source>
            <translation>&amp;Motif de l'avenant</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Say what happened (the kind of event).</source>
            <translation>Indiquez ce qui s'est passé (le type d'événement).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the reason for the amendment.</source>
            <translation>Indiquez le motif de l'avenant.</translation>
        </message>
    </context>
    <context>
        <name>Aftercare</name>
        <message>
            <location filename="../../mesomap/printing/aftercare.py" line="+21" />
            <source>Do not wash, rub or massage the treated area for 4 hours.</source>
            <translation>Ne pas laver, frotter ni masser la zone traitée pendant 4 heures.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No make-up or creams on the treated area for 12 hours.</source>
            <translation>Pas de maquillage ni de crème sur la zone traitée pendant 12 heures.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No sauna, steam room, swimming pool or hot bath for 48 hours.</source>
            <translation>Pas de sauna, hammam, piscine ni bain chaud pendant 48 heures.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No intense sport for 24 hours.</source>
            <translation>Pas de sport intense pendant 24 heures.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Avoid sun and tanning beds on the treated area for 48 hours.</source>
            <translation>Éviter le soleil et les cabines de bronzage sur la zone traitée pendant 48 heures.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Small bumps, slight redness or small bruises where the needle went in are common and usually fade within one to three days.</source>
            <translation>De petites bosses, une légère rougeur ou de petits bleus aux points d'injection sont fréquents et disparaissent en général en un à trois jours.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the area becomes hot, very red, swollen or more painful after the first day;</source>
            <translation>la zone devient chaude, très rouge, gonflée ou plus douloureuse après le premier jour ;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>you have a fever, pus or a wound that does not heal;</source>
            <translation>vous avez de la fièvre, du pus ou une plaie qui ne cicatrise pas ;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>you notice a rash, itching or any reaction you are worried about.</source>
            <translation>vous remarquez une éruption, des démangeaisons ou toute réaction qui vous inquiète.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If you have difficulty breathing, swelling of the face or throat, or feel faint, call the emergency services at once.</source>
            <translation>Si vous avez du mal à respirer, un gonflement du visage ou de la gorge, ou si vous vous sentez mal, appelez immédiatement les secours.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Aftercare after your treatment</source>
            <translation>Conseils après votre traitement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What was done today</source>
            <translation>Ce qui a été fait aujourd'hui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date: %1</source>
            <translation>Date : %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Areas treated: %1</source>
            <translation>Zones traitées : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number of small injections: %1</source>
            <translation>Nombre de petites injections : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Products: %1</source>
            <translation>Produits : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Practitioner: %1</source>
            <translation>Praticien : %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Advice from your clinic</source>
            <translation>Conseils de votre cabinet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>For the next 24 to 48 hours</source>
            <translation>Pendant les 24 à 48 prochaines heures</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Call the clinic if</source>
            <translation>Appelez le cabinet si</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your next appointment</source>
            <translation>Votre prochain rendez-vous</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not booked yet: please call the clinic.</source>
            <translation>Pas encore fixé : veuillez appeler le cabinet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clinic</source>
            <translation>Cabinet</translation>
        </message>
    </context>
    <context>
        <name>AmendmentDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/signing.py" line="+89" />
            <source>Amend the signed session</source>
            <translation>Avenant à la séance signée</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The signed record stays as it is; the amendment is shown beside it.</source>
            <translation>Le dossier signé reste tel quel ; l'avenant est affiché à côté.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Reason</source>
            <translation>&amp;Motif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Concerns</source>
            <translation>&amp;Concerne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Actual papules or volumes</source>
            <translation>Papules ou volumes réels</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome measures</source>
            <translation>Mesures de résultat</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Checklist</source>
            <translation>Liste de contrôle</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Correction or addition</source>
            <translation>&amp;Correction ou ajout</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Give the reason for the amendment.</source>
            <translation>Indiquez le motif de l'avenant.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the correction or addition.</source>
            <translation>Rédigez la correction ou l'ajout.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../mesomap/app.py" line="+171" />
            <source>Opening the database… Before an update mesomap makes a safety copy first; with a large database this can take a few minutes.</source>
            <translation>Ouverture de la base de données… Avant une mise à jour, mesomap fait d'abord une copie de sécurité ; avec une grande base, cela peut prendre quelques minutes.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>mesomap could not open the database because of an unexpected problem. The details are in the log file.</source>
            <translation>mesomap n'a pas pu ouvrir la base de données à cause d'un problème inattendu. Les détails sont dans le fichier journal.</translation>
        </message>
    </context>
    <context>
        <name>AuditViewer</name>
        <message>
            <location filename="../../mesomap/gui/accounts/audit_viewer.py" line="+47" />
            <source>Audit trail</source>
            <translation>Piste d'audit</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+8" />
            <source>Patient number</source>
            <translation>Numéro de patient</translation>
        </message>
        <message>
            <location line="-6" />
            <location line="+7" />
            <location line="+20" />
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Until (inclusive)</source>
            <translation>Au (inclus)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Audit entries</source>
            <translation>Entrées d'audit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>Entries: %n</source>
            <translation>
                <numerusform>Entrées : %n</numerusform>
                <numerusform>Entrées : %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BatchPrintDialog</name>
        <message>
            <location filename="../../mesomap/gui/printing/batch_dialog.py" line="+46" />
            <location line="+1" />
            <source>Print a day's session sheets</source>
            <translation>Imprimer les fiches de séance d'une journée</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;From</source>
            <translation>&amp;Du</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;To</source>
            <translation>&amp;Au</translation>
        </message>
        <message>
            <location line="+3" />
            <source>P&amp;ractitioner</source>
            <translation>P&amp;raticien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Paper</source>
            <translation>&amp;Papier</translation>
        </message>
        <message>
            <location line="+3" />
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Scale</source>
            <translation>É&amp;chelle</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Largest standard scale that fits</source>
            <translation>Plus grande échelle standard qui tient sur la page</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Actual size (1:1), tiled when larger than the paper</source>
            <translation>Taille réelle (1:1), en mosaïque si plus grand que le papier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Output</source>
            <translation>&amp;Sortie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One PDF with every sheet</source>
            <translation>Un PDF avec toutes les fiches</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One PDF per session, in a folder</source>
            <translation>Un PDF par séance, dans un dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A printer</source>
            <translation>Une imprimante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the patient's &amp;aftercare page</source>
            <translation>Ajouter la page de &amp;conseils du patient</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add the patient's aftercare page</source>
            <translation>Ajouter la page de conseils du patient</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Start</source>
            <translation>&amp;Démarrer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start</source>
            <translation>Démarrer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The last day is before the first day.</source>
            <translation>Le dernier jour est avant le premier jour.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>There are no sessions to print on these days.</source>
            <translation>Il n'y a aucune séance à imprimer ces jours-là.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Folder for the PDF files</source>
            <translation>Dossier pour les fichiers PDF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save the sheets as PDF</source>
            <translation>Enregistrer les fiches en PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Printing sheets</source>
            <translation>Impression des fiches</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Preparing %n sheet(s)…</source>
            <translation>
                <numerusform>Préparation de %n fiche…</numerusform>
                <numerusform>Préparation de %n fiches…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n sheet(s) done.</source>
            <translation>
                <numerusform>%n fiche terminée.</numerusform>
                <numerusform>%n fiches terminées.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancelled: the PDF was not written (files already finished are kept).</source>
            <translation>Annulé : le PDF n'a pas été écrit (les fichiers déjà terminés sont conservés).</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <location filename="../../mesomap/gui/canvas/actions.py" line="+17" />
            <source>Select and edit</source>
            <translation>Sélectionner et modifier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select a region; drag it or its corners; double-click an edge to add a corner; M mirrors it.</source>
            <translation>Sélectionnez une région ; faites-la glisser ou ses coins ; double-cliquez sur un bord pour ajouter un coin ; M la met en miroir.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Papules</source>
            <translation>Papules</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click to add a papule, drag one to move it, drag on empty space to select; Delete removes, L locks.</source>
            <translation>Cliquez pour ajouter une papule, faites-en glisser une pour la déplacer, glissez dans le vide pour sélectionner ; Suppr supprime, L verrouille.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Polygon</source>
            <translation>Polygone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click the corners; double-click or Enter closes.</source>
            <translation>Cliquez les coins ; double-clic ou Entrée pour fermer.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rectangle</source>
            <translation>Rectangle</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>Drag across the area.</source>
            <translation>Faites glisser sur la zone.</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Ellipse</source>
            <translation>Ellipse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Freehand</source>
            <translation>Main levée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draw around the area with the button held down.</source>
            <translation>Tracez le contour de la zone en maintenant le bouton enfoncé.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whole zone</source>
            <translation>Zone entière</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click a named zone of the template.</source>
            <translation>Cliquez sur une zone nommée du modèle.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click points along a scar or tendon; double-click or Enter ends the line.</source>
            <translation>Cliquez des points le long d'une cicatrice ou d'un tendon ; double-clic ou Entrée termine la ligne.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Point with rings</source>
            <translation>Point avec anneaux</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click the painful point.</source>
            <translation>Cliquez sur le point douloureux.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measure</source>
            <translation>Mesurer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click points for a distance; double-click closes an area.</source>
            <translation>Cliquez des points pour une distance ; un double-clic ferme une surface.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/canvas/editing.py" line="+119" />
            <source>Region %1</source>
            <translation>Région %1</translation>
        </message>
        <message>
            <location line="+52" />
            <source>%1 (mirrored)</source>
            <translation>%1 (miroir)</translation>
        </message>
        <message>
            <location line="+108" />
            <source>Papules belong to a region: click inside a region, or draw one first.</source>
            <translation>Les papules appartiennent à une région : cliquez dans une région, ou tracez-en une d'abord.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/canvas/export.py" line="+37" />
            <source>The picture could not be written to %1; choose another folder.</source>
            <translation>L'image n'a pas pu être écrite dans %1 ; choisissez un autre dossier.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The drawing could not be written to %1; choose another folder.</source>
            <translation>Le dessin n'a pas pu être écrit dans %1 ; choisissez un autre dossier.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/canvas/rules.py" line="+41" />
            <source>No papule here: this point is within {margin} cm of “{zone}”, a zone to avoid. Place it outside the red outline.</source>
            <translation>Pas de papule ici : ce point est à moins de {margin} cm de « {zone} », une zone à éviter. Placez-la hors du contour rouge.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In the caution zone “{zone}” (keep {margin} cm away): allowed, take care.</source>
            <translation>Dans la zone de prudence « {zone} » (rester à {margin} cm) : autorisé, avec précaution.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Inside “{zone}” or its {margin} cm margin, a zone to avoid: move or delete this papule.</source>
            <translation>Dans « {zone} » ou sa marge de {margin} cm, une zone à éviter : déplacez ou supprimez cette papule.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only {distance} cm from papule {other}: closer than the {spacing} cm spacing.</source>
            <translation>À seulement {distance} cm de la papule {other} : plus proche que l'espacement de {spacing} cm.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/canvas/tools/draw.py" line="+98" />
            <source>A region needs at least three corners; click more points, then double-click.</source>
            <translation>Une région a besoin d'au moins trois coins ; cliquez d'autres points, puis double-cliquez.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>That shape has no area; draw the region again.</source>
            <translation>Cette forme n'a pas de surface ; tracez à nouveau la région.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>A line needs at least two points; click them, then double-click.</source>
            <translation>Une ligne a besoin d'au moins deux points ; cliquez-les, puis double-cliquez.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Drag across the area to draw the shape.</source>
            <translation>Faites glisser sur la zone pour tracer la forme.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Draw around the area with the button held down to outline a region.</source>
            <translation>Tracez le contour de la zone en maintenant le bouton enfoncé pour délimiter une région.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>There is no named zone here; click inside one of the dotted zones.</source>
            <translation>Il n'y a pas de zone nommée ici ; cliquez dans l'une des zones en pointillés.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/canvas/undo.py" line="+67" />
            <source>Undo history</source>
            <translation>Historique des annulations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map as opened</source>
            <translation>Carte à l'ouverture</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
    </context>
    <context>
        <name>ChecklistEditorDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/checklist_editor.py" line="+40" />
            <source>Contraindication checklist</source>
            <translation>Liste des contre-indications</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Question</source>
            <translation>&amp;Question</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Order</source>
            <translation>&amp;Ordre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A “yes” stops the session from being marked performed</source>
            <translation>Un « oui » empêche de marquer la séance comme réalisée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Asked at every session</source>
            <translation>Posée à chaque séance</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save question</source>
            <translation>Enregistrer la question</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add as new question</source>
            <translation>Ajouter comme nouvelle question</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 (no longer asked)</source>
            <translation>%1 (plus posée)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Type the question.</source>
            <translation>Saisissez la question.</translation>
        </message>
    </context>
    <context>
        <name>ClinicLimitsTab</name>
        <message>
            <location filename="../../mesomap/gui/records/clinic_limits.py" line="+40" />
            <source>Clinic limits</source>
            <translation>Limites du cabinet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only for the &amp;area</source>
            <translation>Seulement pour la &amp;zone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only for the &amp;indication (code)</source>
            <translation>Seulement pour l'&amp;indication (code)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Max volume per session</source>
            <translation>Volume max. par séance</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Max injections per session</source>
            <translation>Injections max. par séance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Max minutes per session</source>
            <translation>Minutes max. par séance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Min days between sessions</source>
            <translation>Jours min. entre les séances</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Max sessions per course</source>
            <translation>Séances max. par cure</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save limit</source>
            <translation>Enregistrer la limite</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add as new limit</source>
            <translation>Ajouter comme nouvelle limite</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Type a whole number.</source>
            <translation>Saisissez un nombre entier.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Give the limit a name.</source>
            <translation>Donnez un nom à la limite.</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/course_dialog.py" line="+213" />
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Consent &amp;date</source>
            <translation>&amp;Date du consentement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Form version</source>
            <translation>Version du &amp;formulaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Course</source>
            <translation>&amp;Cure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All of the patient's treatment</source>
            <translation>Tout le traitement du patient</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Scope</source>
            <translation>&amp;Portée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Withdrawn on</source>
            <translation>&amp;Retiré le</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A consent cannot be withdrawn before it was given.</source>
            <translation>Un consentement ne peut pas être retiré avant d'avoir été donné.</translation>
        </message>
    </context>
    <context>
        <name>CourseDialog</name>
        <message>
            <location line="-207" />
            <source>Treatment course</source>
            <translation>Cure de traitement</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit treatment course</source>
            <translation>Modifier la cure de traitement</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Indication</source>
            <translation>&amp;Indication</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Other indication (added to the list)</source>
            <translation>Autre indication (ajoutée à la liste)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Area</source>
            <translation>&amp;Zone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Planned sessions</source>
            <translation>Séances &amp;prévues</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Interval, at least (days)</source>
            <translation>Intervalle, au moins (jours)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interval, at most (days)</source>
            <translation>Intervalle, au plus (jours)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Started on</source>
            <translation>&amp;Commencée le</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Record the patient's consent for this course</source>
            <translation>Enregistrer le consentement du patient pour cette cure</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consent date</source>
            <translation>Date du consentement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consent form version</source>
            <translation>Version du formulaire de consentement</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Saved meanwhile by someone else: %1</source>
            <translation>Enregistré entre-temps par quelqu'un d'autre : %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A course usually has %1 to %2 sessions; other counts are allowed.</source>
            <translation>Une cure compte habituellement de %1 à %2 séances ; d'autres nombres sont permis.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The longest interval cannot be shorter than the shortest.</source>
            <translation>L'intervalle le plus long ne peut pas être plus court que le plus court.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter the date the patient consented.</source>
            <translation>Saisissez la date du consentement du patient.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Your changes are kept; values only the other person changed were taken over. Save again to store them.</source>
            <translation>Vos modifications sont conservées ; les valeurs modifiées uniquement par l'autre personne ont été reprises. Enregistrez à nouveau pour les conserver.</translation>
        </message>
    </context>
    <context>
        <name>CoursePlot</name>
        <message>
            <location filename="../../mesomap/gui/records/course_plot.py" line="+25" />
            <location line="+5" />
            <source>Course plot</source>
            <translation>Graphique de la cure</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Days since the first session</source>
            <translation>Jours depuis la première séance</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+34" />
            <source>Papules</source>
            <translation>Papules</translation>
        </message>
        <message>
            <location line="-32" />
            <source>Volume (mL) · outcome scores</source>
            <translation>Volume (mL) · scores de résultat</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Volume (mL)</source>
            <translation>Volume (mL)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Pain (0–10)</source>
            <translation>Douleur (0–10)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Circumference (cm)</source>
            <translation>Circonférence (cm)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 d</source>
            <translation>%1 j</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <location filename="../../mesomap/commands/demo.py" line="+61" />
            <source>Preparing the demonstration database with fictional patients…</source>
            <translation>Préparation de la base de démonstration avec des patients fictifs…</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../mesomap/gui/errors.py" line="+44" />
            <location line="+2" />
            <source>mesomap: error</source>
            <translation>mesomap : erreur</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Something went wrong inside mesomap ({what}). What you were doing may not have finished; your saved records are not affected. The details are in the log file {path}. If it happens again, send that file to your support contact.</source>
            <translation>Un problème est survenu dans mesomap ({what}). Ce que vous faisiez n'est peut-être pas terminé ; vos dossiers enregistrés ne sont pas touchés. Les détails sont dans le fichier journal {path}. Si cela se reproduit, envoyez ce fichier à votre assistance.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+2" />
            <source>mesomap: unexpected error</source>
            <translation>mesomap : erreur inattendue</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../mesomap/gui/trainer/export.py" line="+55" />
            <location line="+36" />
            <source>Export for slides</source>
            <translation>Exporter pour des diapositives</translation>
        </message>
        <message>
            <location line="-33" />
            <location line="+12" />
            <source>Width (pixels)</source>
            <translation>Largeur (pixels)</translation>
        </message>
        <message>
            <location line="-10" />
            <location line="+11" />
            <source>Height (pixels)</source>
            <translation>Hauteur (pixels)</translation>
        </message>
        <message>
            <location line="-4" />
            <location line="+5" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Images (*.png *.svg)</source>
            <translation>Images (*.png *.svg)</translation>
        </message>
    </context>
    <context>
        <name>LayersDialog</name>
        <message>
            <location filename="../../mesomap/gui/trainer/layers_dialog.py" line="+18" />
            <source>Skin layers: %1</source>
            <translation>Couches de la peau : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Epidermis (mm)</source>
            <translation>Épiderme (mm)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Papillary dermis (mm)</source>
            <translation>Derme papillaire (mm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reticular dermis (mm)</source>
            <translation>Derme réticulaire (mm)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hypodermis (mm)</source>
            <translation>Hypoderme (mm)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Teaching values: the defaults follow the depth layers of mesotherapy teaching (epidermis to about 1 mm, superficial dermis 1–2 mm, deep dermis 2–4 mm, hypodermis 4–10 mm), scaled roughly per body area. Adjust them to your own reference.</source>
            <translation>Valeurs pédagogiques : les valeurs par défaut suivent les couches de profondeur de l'enseignement de la mésothérapie (épiderme jusqu'à environ 1 mm, derme superficiel 1–2 mm, derme profond 2–4 mm, hypoderme 4–10 mm), adaptées grossièrement à chaque région du corps. Ajustez-les à votre propre référence.</translation>
        </message>
    </context>
    <context>
        <name>Layout</name>
        <message>
            <location filename="../../mesomap/core/layout/geometry.py" line="+52" />
            <source>The region is empty; draw a region with an area first.</source>
            <translation>La région est vide ; tracez d'abord une région ayant une surface.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The region has points with invalid coordinates; redraw the region.</source>
            <translation>La région a des points aux coordonnées invalides ; tracez-la à nouveau.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This pattern needs a region with an area (a polygon); draw an area or choose the line or rings pattern.</source>
            <translation>Ce motif a besoin d'une région ayant une surface (un polygone) ; tracez une surface ou choisissez le motif ligne ou anneaux.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The region's outline crosses itself and cannot be repaired; redraw it.</source>
            <translation>Le contour de la région se croise et ne peut pas être réparé ; tracez-le à nouveau.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The region's outline crossed itself and was repaired; check that the area is the one you meant.</source>
            <translation>Le contour de la région se croisait et a été réparé ; vérifiez que la surface est bien celle voulue.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The region has no area; draw a region with at least three corners.</source>
            <translation>La région n'a pas de surface ; tracez une région d'au moins trois coins.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A danger zone has a negative or invalid margin ({margin} cm); give it a margin of 0 cm or more.</source>
            <translation>Une zone de danger a une marge négative ou invalide ({margin} cm) ; donnez-lui une marge de 0 cm ou plus.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The margin must be 0 cm or more ({value} cm was given).</source>
            <translation>La marge doit être de 0 cm ou plus ({value} cm indiqué).</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/layout/nappage.py" line="+36" />
            <source>The nappage {what} must be a number of zero or more ({value} was given).</source>
            <translation>Le paramètre de nappage {what} doit être un nombre positif ou nul ({value} indiqué).</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The nappage area must be zero or more square centimetres.</source>
            <translation>La surface de nappage doit être positive ou nulle (en centimètres carrés).</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/layout/order.py" line="+35" />
            <location filename="../../mesomap/core/layout/planner.py" line="+386" />
            <source>Unknown starting corner '{corner}'; choose top_left, top_right, bottom_left or bottom_right.</source>
            <translation>Coin de départ inconnu '{corner}' ; choisissez top_left, top_right, bottom_left ou bottom_right.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/layout/patterns.py" line="+73" />
            <source>The line pattern needs a line; draw a line along the treatment path.</source>
            <translation>Le motif ligne a besoin d'une ligne ; tracez une ligne le long du trajet de traitement.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The line is empty or invalid; draw the line again.</source>
            <translation>La ligne est vide ou invalide ; tracez-la à nouveau.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The rings pattern needs a centre point; click the painful point.</source>
            <translation>Le motif anneaux a besoin d'un point central ; cliquez sur le point douloureux.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The number of rings must be between 0 and 200 ({count} was given).</source>
            <translation>Le nombre d'anneaux doit être compris entre 0 et 200 ({count} indiqué).</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/layout/planner.py" line="-299" />
            <source>The {what} papules must be pairs of finite x, y coordinates in cm.</source>
            <translation>Les papules {what} doivent être des couples de coordonnées x, y finies en cm.</translation>
        </message>
        <message>
            <location line="+266" />
            <source>No papule fits: the margin and the danger zones leave no room in this region.</source>
            <translation>Aucune papule ne tient : la marge et les zones de danger ne laissent aucune place dans cette région.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Unknown pattern '{pattern}'; choose auto, hex, square, line or rings.</source>
            <translation>Motif inconnu '{pattern}' ; choisissez auto, hex, square, line ou rings.</translation>
        </message>
        <message>
            <location line="+65" />
            <location filename="../../mesomap/core/surface/layout.py" line="+384" />
            <source>Some papules placed by hand lie outside the area allowed by the margin and the danger zones; they were kept and are flagged.</source>
            <translation>Certaines papules placées à la main sont hors de la zone permise par la marge et les zones de danger ; elles ont été conservées et sont signalées.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Some papules placed by hand are closer to each other than the spacing.</source>
            <translation>Certaines papules placées à la main sont plus proches les unes des autres que l'espacement.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/layout/types.py" line="+62" />
            <source>The spacing must be between {low} and {high} cm ({value} cm was given); enter a spacing in that range.</source>
            <extracomment>The engine accepts spacings in this range (intra-epidermal lines to pain maps). What is *unusual* for a technique is the protocol preset's business, not the engine's. A danger zone or other excluded geometry, alone (margin 0) or with its margin in cm.</extracomment>
            <translation>L'espacement doit être compris entre {low} et {high} cm ({value} cm indiqué) ; saisissez un espacement dans cet intervalle.</translation>
        </message>
        <message>
            <source>The layout follows the skin surface; it is not shifted between the previous session's papules.</source>
            <extracomment>runs in order of usefulness: fronts (exact on developable surfaces), greedy rasters (best on the face), (kind, row angle, seed index)</extracomment>
            <translation type="vanished">La disposition suit la surface de la peau ; elle n'est pas décalée entre les papules de la séance précédente.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/surface/layout.py" line="-17" />
            <source>While dragging, the layout follows the skin surface without the shift between the previous session's papules; it is shifted when you release.</source>
            <extracomment>patterns laid out on the skin; ``square`` (a deliberate square grid, e.g. pain maps) stays the planar engine's square lattice: its skin distances are never shorter than the picture's (a chord is at least its picture projection), so the spacing still holds on the skin runs in order of usefulness: fronts (exact on developable surfaces), greedy rasters (best on the face), (kind, row angle, seed index)</extracomment>
            <translation>Pendant le glissement, la disposition suit la surface de la peau sans le décalage entre les papules de la séance précédente ; elle est décalée au relâchement.</translation>
        </message>
    </context>
    <context>
        <name>LocaleFormat</name>
        <message>
            <location filename="../../mesomap/core/localeformat.py" line="+126" />
            <source>Enter a number.</source>
            <translation>Saisissez un nombre.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+28" />
            <source>“{text}” is not a number. Example: {example}.</source>
            <translation>« {text} » n'est pas un nombre. Exemple : {example}.</translation>
        </message>
        <message>
            <location line="-21" />
            <source>“{text}” is ambiguous: write the number without thousands separators, with “{decimal}” before the decimals.</source>
            <translation>« {text} » est ambigu : écrivez le nombre sans séparateur de milliers, avec « {decimal} » avant les décimales.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“{text}” has a space or thousands separator: write the number in one piece, with “{decimal}” before the decimals.</source>
            <translation>« {text} » contient une espace ou un séparateur de milliers : écrivez le nombre d'un seul tenant, avec « {decimal} » avant les décimales.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>“{text}” is not a number.</source>
            <translation>« {text} » n'est pas un nombre.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>A volume cannot be negative.</source>
            <translation>Un volume ne peut pas être négatif.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A length cannot be negative.</source>
            <translation>Une longueur ne peut pas être négative.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Enter a date.</source>
            <translation>Saisissez une date.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{text}” is not a date. Example: {example}.</source>
            <translation>« {text} » n'est pas une date. Exemple : {example}.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Write the year with four digits, for example {example}.</source>
            <translation>Écrivez l'année avec quatre chiffres, par exemple {example}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>“{text}” is not a day of the calendar.</source>
            <translation>« {text} » n'est pas un jour du calendrier.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/fields.py" line="+216" />
            <source>The value must be at least {minimum}.</source>
            <translation>La valeur doit être au moins {minimum}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The value must be at most {maximum}.</source>
            <translation>La valeur doit être au plus {maximum}.</translation>
        </message>
    </context>
    <context>
        <name>LockOverlay</name>
        <message>
            <location filename="../../mesomap/gui/accounts/lock.py" line="+71" />
            <source>mesomap is locked</source>
            <translation>mesomap est verrouillé</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Patient data is hidden. Log in to continue: your unsaved work is kept. Another person may log in with their own account.</source>
            <translation>Les données patients sont masquées. Connectez-vous pour continuer : votre travail non enregistré est conservé. Une autre personne peut se connecter avec son propre compte.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../mesomap/gui/accounts/dialogs.py" line="+92" />
            <source>Log in to mesomap</source>
            <translation>Connexion à mesomap</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>Log in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>LoginForm</name>
        <message>
            <location line="-61" />
            <location line="+8" />
            <source>Login name</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+6" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../mesomap/gui/main_window.py" line="+94" />
            <source>mesomap main window</source>
            <translation>Fenêtre principale de mesomap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Main toolbar</source>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Patients</source>
            <translation>Patients</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Start page</source>
            <translation>Page d'accueil</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a patient in the list, or create one with Patient ▸ New patient.
The patient's record and maps will open here.</source>
            <translation>Choisissez un patient dans la liste, ou créez-en un avec Patient ▸ Nouveau patient.
Le dossier et les cartes du patient s'ouvriront ici.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Database: %1</source>
            <translation>Base de données : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>DEMO: fictional patients</source>
            <translation>DÉMO : patients fictifs</translation>
        </message>
        <message>
            <location line="+44" />
            <source>DEMO</source>
            <translation>DÉMO</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Patient saved.</source>
            <translation>Patient enregistré.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Open a mesomap database</source>
            <translation>Ouvrir une base de données mesomap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>mesomap databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bases de données mesomap (*.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>The settings window is not available yet.</source>
            <translation type="vanished">La fenêtre des paramètres n'est pas encore disponible.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>About mesomap</source>
            <translation>À propos de mesomap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>mesomap %1

Plans and records mesotherapy injection maps on real-scale anatomical templates. mesomap records your clinic's protocols; it never recommends a dose of its own.</source>
            <translation>mesomap %1

Planifie et enregistre des cartes d'injection de mésothérapie sur des modèles anatomiques à l'échelle réelle. mesomap enregistre les protocoles de votre cabinet ; il ne recommande jamais de dose de lui-même.</translation>
        </message>
    </context>
    <context>
        <name>MapCanvas</name>
        <message>
            <location filename="../../mesomap/gui/canvas/canvas.py" line="+66" />
            <source>Map canvas</source>
            <translation>Canevas de la carte</translation>
        </message>
        <message numerus="yes">
            <location line="+161" />
            <source>≈ %n injection(s)</source>
            <translation>
                <numerusform>≈ %n injection</numerusform>
                <numerusform>≈ %n injections</numerusform>
            </translation>
        </message>
        <message>
            <location line="+112" />
            <source>Hand-placed papules</source>
            <translation>Papules placées à la main</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“%1” has papules you placed by hand. Keep them where they are while the rest is laid out again?</source>
            <translation>« %1 » a des papules que vous avez placées à la main. Les garder en place pendant que le reste est redisposé ?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep them</source>
            <translation>Les garder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lay them out too</source>
            <translation>Les redisposer aussi</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Papule %1 of “%2”</source>
            <translation>Papule %1 de « %2 »</translation>
        </message>
        <message>
            <location line="+13" />
            <source>avoid</source>
            <translation>à éviter</translation>
        </message>
        <message>
            <location line="+0" />
            <source>caution</source>
            <translation>prudence</translation>
        </message>
    </context>
    <context>
        <name>MapDocument</name>
        <message>
            <location filename="../../mesomap/core/document/serialize.py" line="+47" />
            <source>The map could not be read because it is damaged or was written by a newer mesomap. Open an earlier copy or update mesomap.</source>
            <translation>La carte n'a pas pu être lue car elle est endommagée ou a été écrite par une version plus récente de mesomap. Ouvrez une copie antérieure ou mettez mesomap à jour.</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <location filename="../../mesomap/gui/canvas/view.py" line="+58" />
            <source>Map canvas</source>
            <translation>Canevas de la carte</translation>
        </message>
    </context>
    <context>
        <name>MixtureEditor</name>
        <message>
            <location filename="../../mesomap/gui/records/mixture.py" line="+41" />
            <location line="+35" />
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Volume per papule</source>
            <translation>Volume par papule</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Lot (expiry)</source>
            <translation>Lot (péremption)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>mL per papule</source>
            <translation>mL par papule</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Add product</source>
            <translation>Ajouter un produit</translation>
        </message>
        <message>
            <location line="+62" />
            <source>%1 (until %2)</source>
            <translation>%1 (jusqu'au %2)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>This lot has expired.</source>
            <translation>Ce lot est périmé.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose a product and one of its lots.</source>
            <translation>Choisissez un produit et l'un de ses lots.</translation>
        </message>
    </context>
    <context>
        <name>PatientDialog</name>
        <message>
            <location filename="../../mesomap/gui/patient_dialog.py" line="+82" />
            <source>New patient</source>
            <translation>Nouveau patient</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit patient</source>
            <translation>Modifier le patient</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Family name</source>
            <translation>&amp;Nom de famille</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Given name</source>
            <translation>&amp;Prénom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Birth date</source>
            <translation>Date de &amp;naissance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sex</source>
            <translation>&amp;Sexe</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not stated</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Female</source>
            <translation>Féminin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Male</source>
            <translation>Masculin</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File &amp;number</source>
            <translation>&amp;Numéro de dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone</source>
            <translation>&amp;Téléphone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-&amp;mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Address</source>
            <translation>&amp;Adresse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;llergies</source>
            <translation>A&amp;llergies</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Contraindications</source>
            <translation>&amp;Contre-indications</translation>
        </message>
        <message>
            <location line="+2" />
            <source>N&amp;otes</source>
            <translation>N&amp;otes</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Enter the patient's family name.</source>
            <translation>Saisissez le nom de famille du patient.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The birth date is in the future. Check the year.</source>
            <translation>La date de naissance est dans le futur. Vérifiez l'année.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The birth date is before 1900. Check the year.</source>
            <translation>La date de naissance est antérieure à 1900. Vérifiez l'année.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is not an e-mail address (name@example.org). Leave it empty if unknown.</source>
            <translation>Ce n'est pas une adresse e-mail (nom@example.org). Laissez vide si inconnue.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Someone else</source>
            <translation>Quelqu'un d'autre</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 changed this patient on %2 while you were editing. Your changes were not saved and are still in the form.</source>
            <translation>%1 a modifié ce patient le %2 pendant que vous le modifiiez. Vos modifications n'ont pas été enregistrées et sont toujours dans le formulaire.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 changed this patient while you were editing. Your changes were not saved and are still in the form.</source>
            <translation>%1 a modifié ce patient pendant que vous le modifiiez. Vos modifications n'ont pas été enregistrées et sont toujours dans le formulaire.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Their version: %1</source>
            <translation>Leur version : %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Their changes to %1 were added to the form.</source>
            <translation>Leurs modifications de %1 ont été ajoutées au formulaire.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>You both changed %1: your text is kept and theirs is shown under the field.</source>
            <translation>Vous avez tous deux modifié %1 : votre texte est conservé et le leur est affiché sous le champ.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check the form, then press Save again, or Cancel to keep their version.</source>
            <translation>Vérifiez le formulaire, puis appuyez à nouveau sur Enregistrer, ou sur Annuler pour garder leur version.</translation>
        </message>
    </context>
    <context>
        <name>PatientFit</name>
        <message>
            <location filename="../../mesomap/core/templates/fit.py" line="+83" />
            <source>Enter at least one measurement to fit the template.</source>
            <translation>Saisissez au moins une mesure pour ajuster le modèle.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This template has no measurement named</source>
            <translation>Ce modèle n'a pas de mesure nommée</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A measurement must be a positive length in cm:</source>
            <translation>Une mesure doit être une longueur positive en cm :</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The measurement is too far from the template's size to be right; check that it is in centimetres and taken between the right points:</source>
            <translation>La mesure est trop éloignée de la taille du modèle pour être juste ; vérifiez qu'elle est en centimètres et prise entre les bons repères :</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Give only one measurement per direction (width or height).</source>
            <translation>Ne donnez qu'une mesure par direction (largeur ou hauteur).</translation>
        </message>
        <message>
            <location line="+64" />
            <source>A template can be scaled between 0.5 and 2 times only.</source>
            <translation>Un modèle ne peut être mis à l'échelle qu'entre 0,5 et 2 fois.</translation>
        </message>
    </context>
    <context>
        <name>PatientListPanel</name>
        <message>
            <location filename="../../mesomap/gui/patient_list.py" line="+153" />
            <source>Search patients</source>
            <translation>Rechercher des patients</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search by name, birth date or file number</source>
            <translation>Rechercher par nom, date de naissance ou numéro de dossier</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Patients</source>
            <translation>Patients</translation>
        </message>
        <message numerus="yes">
            <location line="+70" />
            <source>First %n patients shown; type more to narrow the search.</source>
            <translation>
                <numerusform>Les %n premiers patients sont affichés ; tapez davantage pour affiner la recherche.</numerusform>
                <numerusform>Les %n premiers patients sont affichés ; tapez davantage pour affiner la recherche.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Patients found: %n</source>
            <translation>
                <numerusform>Patients trouvés : %n</numerusform>
                <numerusform>Patients trouvés : %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Patients: %n</source>
            <translation>
                <numerusform>Patients : %n</numerusform>
                <numerusform>Patients : %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PatientRecord</name>
        <message>
            <location filename="../../mesomap/printing/patient_record.py" line="+65" />
            <source>Exported on {when} by {who} for a data-access request. The JSON export holds the same record in full (including every papule position).</source>
            <translation>Exporté le {when} par {who} pour une demande d'accès aux données. L'export JSON contient le même dossier en entier (y compris la position de chaque papule).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>None recorded.</source>
            <translation>Aucun enregistré.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient record</source>
            <translation>Dossier patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DEMO — fictional data, not a clinical record</source>
            <translation>DÉMO — données fictives, pas un dossier clinique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identity</source>
            <translation>Identité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Birth date</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient number</source>
            <translation>Numéro de patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Allergies</source>
            <translation>Allergies</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contraindications</source>
            <translation>Contre-indications</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Anonymised</source>
            <translation>Anonymisé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record created</source>
            <translation>Dossier créé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents</source>
            <translation>Consentements</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scope</source>
            <translation>Portée</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Form</source>
            <translation>Formulaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Taken by</source>
            <translation>Recueilli par</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Treatment courses</source>
            <translation>Cures de traitement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>Zone</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Practitioner</source>
            <translation>Praticien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned sessions</source>
            <translation>Séances prévues</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interval (days)</source>
            <translation>Intervalle (jours)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started</source>
            <translation>Commencée</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Closed</source>
            <translation>Clôturée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Course</source>
            <translation>Cure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>session</source>
            <translation>séance</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Performed</source>
            <translation>Réalisée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancellation reason</source>
            <translation>Motif d'annulation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned regions</source>
            <translation>Régions prévues</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Technique</source>
            <translation>Technique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volume per papule</source>
            <translation>Volume par papule</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papules planned</source>
            <translation>Papules prévues</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papules performed</source>
            <translation>Papules réalisées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total volume</source>
            <translation>Volume total</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checklist answers</source>
            <translation>Réponses à la liste de contrôle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answered by</source>
            <translation>Répondu par</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adverse events</source>
            <translation>Événements indésirables</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Onset</source>
            <translation>Apparition</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action taken</source>
            <translation>Mesure prise</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded by</source>
            <translation>Enregistré par</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome measures</source>
            <translation>Mesures de résultat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measured</source>
            <translation>Mesuré</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Measure</source>
            <translation>Mesurer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amendments</source>
            <translation>Avenants</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Content</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Signed</source>
            <translation>Signée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signer</source>
            <translation>Signataire</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Meaning</source>
            <translation>Signification</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Digest (SHA-256)</source>
            <translation>Empreinte (SHA-256)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit entries about this patient</source>
            <translation>Entrées d'audit concernant ce patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location line="+0" />
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows in this export</source>
            <translation>Lignes de cet export</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rows</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DEMO</source>
            <translation>DÉMO</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Page {n} of {m}</source>
            <translation>Page {n} sur {m}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient data export — confidential</source>
            <translation>Export des données du patient — confidentiel</translation>
        </message>
        <message>
            <location line="+4" />
            <source>planned</source>
            <translation>prévue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>checked in</source>
            <translation>arrivé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>performed</source>
            <translation>réalisée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>signed</source>
            <translation>signée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no-show</source>
            <translation>absent</translation>
        </message>
    </context>
    <context>
        <name>PatientRecordView</name>
        <message>
            <location filename="../../mesomap/gui/records/patient_record.py" line="+56" />
            <source>Patient record</source>
            <translation>Dossier patient</translation>
        </message>
        <message>
            <location line="+27" />
            <location line="+2" />
            <source>Consents</source>
            <translation>Consentements</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+26" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Form</source>
            <translation>Formulaire</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+26" />
            <source>Course</source>
            <translation>Cure</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Taken by</source>
            <translation>Recueilli par</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Withdrawn</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record consent…</source>
            <translation>Enregistrer un consentement…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit or withdraw…</source>
            <translation>Modifier ou retirer…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+2" />
            <source>Treatment courses</source>
            <translation>Cures de traitement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indication</source>
            <translation>Indication</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Area</source>
            <translation>Zone</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+11" />
            <location line="+2" />
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Interval</source>
            <translation>Intervalle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next due</source>
            <translation>Prochaine échéance</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Warnings</source>
            <translation>Avertissements</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New course…</source>
            <translation>Nouvelle cure…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit course…</source>
            <translation>Modifier la cure…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Papules</source>
            <translation>Papules</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Days since previous</source>
            <translation>Jours depuis la précédente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Plan session…</source>
            <translation>Planifier une séance…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open session</source>
            <translation>Ouvrir la séance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeat as next session</source>
            <translation>Répéter comme prochaine séance</translation>
        </message>
        <message>
            <location line="+65" />
            <source>birth date not recorded</source>
            <translation>date de naissance non renseignée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 %2 — %3</source>
            <translation>%1 %2 — %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Allergies: %1</source>
            <translation>Allergies : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contraindications: %1</source>
            <translation>Contre-indications : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No allergies or contraindications recorded.</source>
            <translation>Aucune allergie ni contre-indication enregistrée.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>all treatment</source>
            <translation>tout le traitement</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 to %2</source>
            <translation>du %1 au %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1–%2 days</source>
            <translation>%1–%2 jours</translation>
        </message>
    </context>
    <context>
        <name>PatientTableModel</name>
        <message>
            <location filename="../../mesomap/gui/patient_list.py" line="-147" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Birth date</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <location line="+0" />
            <source>File no.</source>
            <translation>N° dossier</translation>
        </message>
    </context>
    <context>
        <name>PerformDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/perform.py" line="-236" />
            <source>Contraindication checklist and performing</source>
            <translation>Liste des contre-indications et réalisation</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Contraindication checklist (answer every question)</source>
            <translation>Liste des contre-indications (répondre à chaque question)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not applicable</source>
            <translation>Sans objet</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Actually performed</source>
            <translation>Réellement réalisé</translation>
        </message>
        <message>
            <location line="+9" />
            <source>papules</source>
            <translation>papules</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papules performed in %1</source>
            <translation>Papules réalisées dans %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Volume of %1</source>
            <translation>Volume de %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Outcome measures</source>
            <translation>Mesures de résultat</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pain score (0–10)</source>
            <translation>Score de douleur (0–10)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Circumference (cm)</source>
            <translation>Circonférence (cm)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where measured</source>
            <translation>Lieu de la mesure</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other score</source>
            <translation>Autre score</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other score's name</source>
            <translation>Nom de l'autre score</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <source>Save checklist</source>
            <translation>Enregistrer la liste</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Mark performed</source>
            <translation>Marquer comme réalisée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>PlanSessionDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/plan_dialog.py" line="+39" />
            <source>Plan a session</source>
            <translation>Planifier une séance</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Time</source>
            <translation>&amp;Heure</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Course</source>
            <translation>&amp;Cure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no course)</source>
            <translation>(sans cure)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No template chosen</source>
            <translation>Aucun modèle choisi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose template</source>
            <translation>Choisir un modèle</translation>
        </message>
        <message>
            <location line="+3" />
            <source>T&amp;emplate</source>
            <translation>&amp;Modèle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient fit (scale)</source>
            <translation>Ajustement au patient (échelle)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The practitioner chooses the template.</source>
            <translation>Le praticien choisit le modèle.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>This is earlier than the course's shortest interval (%1 days): next due from %2.</source>
            <translation>C'est plus tôt que l'intervalle le plus court de la cure (%1 jours) : prochaine échéance à partir du %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The course already has its %1 planned sessions; this one goes beyond the plan.</source>
            <translation>La cure a déjà ses %1 séances prévues ; celle-ci dépasse le plan.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose the template the map is drawn on.</source>
            <translation>Choisissez le modèle sur lequel la carte est dessinée.</translation>
        </message>
    </context>
    <context>
        <name>PlaybackView</name>
        <message>
            <location filename="../../mesomap/gui/trainer/playback.py" line="+139" />
            <source>Injection playback</source>
            <translation>Relecture des injections</translation>
        </message>
        <message>
            <location line="+144" />
            <source>Injections %1 / %2</source>
            <translation>Injections %1 / %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Volume %1</source>
            <translation>Volume %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Speed %1×</source>
            <translation>Vitesse %1×</translation>
        </message>
    </context>
    <context>
        <name>PracticeWindow</name>
        <message>
            <location filename="../../mesomap/gui/trainer/practice.py" line="+59" />
            <source>mesomap — practice exercise (DEMO)</source>
            <translation>mesomap — exercice pratique (DÉMO)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Place papules by hand</source>
            <translation>Placer les papules à la main</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draw the region and adjust</source>
            <translation>Tracer la région et ajuster</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+31" />
            <source>Trainee</source>
            <translation>Stagiaire</translation>
        </message>
        <message>
            <location line="-30" />
            <source>Template</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technique</source>
            <translation>Technique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Show hints while placing</source>
            <translation>Afficher les conseils pendant le placement</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New exercise</source>
            <translation>Nouvel exercice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the automatic layout</source>
            <translation>Afficher la disposition automatique</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save attempt</source>
            <translation>Enregistrer l'essai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mark</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rules broken</source>
            <translation>Règles enfreintes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papules</source>
            <translation>Papules</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Attempts</source>
            <translation>Essais</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Attempts at this exercise</source>
            <translation>Essais de cet exercice</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Place the papules, then press Score. Spacing: %1 cm.</source>
            <translation>Placez les papules, puis appuyez sur Noter. Espacement : %1 cm.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>On the map: red marks a broken rule, orange a caution zone, a grey dashed ring a papule off the zone, violet the area farther than 0.65 × spacing from any papule.</source>
            <translation>Sur la carte : le rouge signale une règle enfreinte, l'orange une zone de prudence, un anneau gris en tirets une papule hors de la zone, le violet la surface à plus de 0,65 × l'espacement de toute papule.</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Type the trainee's name first, then save the attempt.</source>
            <translation>Saisissez d'abord le nom du stagiaire, puis enregistrez l'essai.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The attempt could not be saved. Check that the user data folder can be written.</source>
            <translation>L'essai n'a pas pu être enregistré. Vérifiez que le dossier des données utilisateur est accessible en écriture.</translation>
        </message>
    </context>
    <context>
        <name>PresenterView</name>
        <message>
            <location filename="../../mesomap/gui/trainer/presenter.py" line="+44" />
            <source>mesomap — presenter view (DEMO)</source>
            <translation>mesomap — vue présentateur (DÉMO)</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Template</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zones</source>
            <translation>Zones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technique</source>
            <translation>Technique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pattern</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Restart</source>
            <translation>Recommencer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>◀ Back</source>
            <translation>◀ Retour</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+81" />
            <source>▶ Play</source>
            <translation>▶ Lecture</translation>
        </message>
        <message>
            <location line="-80" />
            <source>Step ▶</source>
            <translation>Pas ▶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Slower</source>
            <translation>Plus lent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Faster</source>
            <translation>Plus rapide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Techniques</source>
            <translation>Techniques</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location line="+47" />
            <source>The session's map</source>
            <translation>La carte de la séance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Main zones</source>
            <translation>Zones principales</translation>
        </message>
        <message>
            <location line="+27" />
            <source>❚❚ Pause</source>
            <translation>❚❚ Pause</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../mesomap/printing/batch.py" line="+89" />
            <source>The folder {folder} does not exist. Choose an existing folder.</source>
            <translation>Le dossier {folder} n'existe pas. Choisissez un dossier existant.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>mesomap cannot write in {folder}. Choose a folder you may write to.</source>
            <translation>mesomap ne peut pas écrire dans {folder}. Choisissez un dossier où vous pouvez écrire.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>There are no sessions to print.</source>
            <translation>Il n'y a aucune séance à imprimer.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/printing/session_print.py" line="+46" />
            <source>The sheet could not be printed. The details are in the log file.</source>
            <translation>La fiche n'a pas pu être imprimée. Les détails sont dans le fichier journal.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/printing/actions.py" line="+47" />
            <source>Log in first: sheets show patient data and print only for a logged-in user.</source>
            <translation>Connectez-vous d'abord : les fiches contiennent des données patients et ne s'impriment que pour un utilisateur connecté.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Open a session first: there is no session to print.</source>
            <translation>Ouvrez d'abord une séance : il n'y a aucune séance à imprimer.</translation>
        </message>
    </context>
    <context>
        <name>ProductsDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/catalog_dialogs.py" line="+140" />
            <source>Products, lots and limits</source>
            <translation>Produits, lots et limites</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Products and lots</source>
            <translation>Produits et lots</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lot recall</source>
            <translation>Rappel de lot</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clinic limits</source>
            <translation>Limites du cabinet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Scroll the tabs left</source>
            <translation>Faire défiler les onglets vers la gauche</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Scroll the tabs right</source>
            <translation>Faire défiler les onglets vers la droite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Products</source>
            <translation>Produits</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Actives</source>
            <translation>&amp;Principes actifs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Max volume per session</source>
            <translation>Volume max. par séance</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Max injections per session</source>
            <translation>Injections max. par séance</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Min days between sessions</source>
            <translation>Jours min. entre les séances</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Max sessions per course</source>
            <translation>Séances max. par cure</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save product</source>
            <translation>Enregistrer le produit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add as new product</source>
            <translation>Ajouter comme nouveau produit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lots</source>
            <translation>Lots</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Expiry</source>
            <translation>Péremption</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+34" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location line="-29" />
            <source>New lot &amp;number</source>
            <translation>&amp;Numéro du nouveau lot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Expiry date</source>
            <translation>Date de &amp;péremption</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add lot</source>
            <translation>Ajouter le lot</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Lot to recall</source>
            <translation>Lot à rappeler</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include planned sessions</source>
            <translation>Inclure les séances prévues</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Find patients</source>
            <translation>Rechercher les patients</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Patients who received the lot</source>
            <translation>Patients ayant reçu le lot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regions</source>
            <translation>Régions</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Given</source>
            <translation>Administré</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Expired: refused</source>
            <translation>Périmé : refusé</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Expires within 30 days</source>
            <translation>Périme dans les 30 jours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Usable</source>
            <translation>Utilisable</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Give the product a name.</source>
            <translation>Donnez un nom au produit.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Type the lot number printed on the box.</source>
            <translation>Saisissez le numéro de lot imprimé sur la boîte.</translation>
        </message>
    </context>
    <context>
        <name>ProtocolLibraryDialog</name>
        <message>
            <location line="-240" />
            <source>Protocol library</source>
            <translation>Bibliothèque de protocoles</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Presets</source>
            <translation>Préréglages</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Technique code</source>
            <translation>Code de &amp;technique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needle &amp;gauge (G)</source>
            <translation>&amp;Calibre de l'aiguille (G)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Spacing</source>
            <translation>&amp;Espacement</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Depth (mm)</source>
            <translation>&amp;Profondeur (mm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needle &amp;length (mm)</source>
            <translation>&amp;Longueur de l'aiguille (mm)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Angle (degrees)</source>
            <translation>&amp;Angle (degrés)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seconds per papule</source>
            <translation>Secondes par papule</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Setup (minutes)</source>
            <translation>Préparation (minutes)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Volume per papule</source>
            <translation>&amp;Volume par papule</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as new preset</source>
            <translation>Enregistrer comme nouveau préréglage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Give the preset a name.</source>
            <translation>Donnez un nom au préréglage.</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <location filename="../../mesomap/gui/records/common.py" line="+24" />
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Performed</source>
            <translation>Réalisée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed</source>
            <translation>Signée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-show</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location line="+75" />
            <source>No warnings.</source>
            <translation>Aucun avertissement.</translation>
        </message>
    </context>
    <context>
        <name>RecordsController</name>
        <message>
            <location filename="../../mesomap/gui/records/controller.py" line="+61" />
            <source>Hand-placed papules</source>
            <translation>Papules placées à la main</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This region has papules placed by hand. Keep them where they are?</source>
            <translation>Cette région a des papules placées à la main. Les garder en place ?</translation>
        </message>
        <message>
            <location line="+70" />
            <source>The previous map was saved before opening this session.</source>
            <translation>La carte précédente a été enregistrée avant l'ouverture de cette séance.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../mesomap/gui/accounts/recovery.py" line="+193" />
            <source>Restore unsaved maps</source>
            <translation>Restaurer les cartes non enregistrées</translation>
        </message>
        <message>
            <location line="+3" />
            <source>mesomap stopped unexpectedly while maps were open and not saved. They were kept: restore them to continue where you were, or discard them.</source>
            <translation>mesomap s'est arrêté de façon inattendue alors que des cartes étaient ouvertes et non enregistrées. Elles ont été conservées : restaurez-les pour reprendre là où vous étiez, ou abandonnez-les.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unsaved maps</source>
            <translation>Cartes non enregistrées</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 — saved %2</source>
            <translation>%1 — enregistrée %2</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <location line="+19" />
            <source>One recovery file could not be read and was left in place: %1</source>
            <translation>Un fichier de récupération n'a pas pu être lu et a été laissé en place : %1</translation>
        </message>
    </context>
    <context>
        <name>RegionPanel</name>
        <message>
            <location filename="../../mesomap/gui/records/region_panel.py" line="+46" />
            <location line="+2" />
            <source>Regions</source>
            <translation>Régions</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Selected region</source>
            <translation>Région sélectionnée</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Preset</source>
            <translation>&amp;Préréglage</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(none: the region's own values)</source>
            <translation>(aucun : valeurs propres à la région)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Spacing</source>
            <translation>&amp;Espacement</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Depth (mm)</source>
            <translation>&amp;Profondeur (mm)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Apply name, preset and overrides</source>
            <translation>Appliquer le nom, le préréglage et les ajustements</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mixture</source>
            <translation>Mélange</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Apply mixture</source>
            <translation>Appliquer le mélange</translation>
        </message>
        <message>
            <location line="+89" />
            <source>Changed from the preset: %1</source>
            <translation>Modifié par rapport au préréglage : %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Give the region a name.</source>
            <translation>Donnez un nom à la région.</translation>
        </message>
    </context>
    <context>
        <name>RepeatDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/repeat_dialog.py" line="+154" />
            <source>Repeat as the next session</source>
            <translation>Répéter comme prochaine séance</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Time</source>
            <translation>&amp;Heure</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Shift the papules to fall between the previous ones</source>
            <translation>Décaler les papules entre les précédentes</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The previous papules are shown faintly under the new map.</source>
            <translation>Les papules précédentes sont affichées en transparence sous la nouvelle carte.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Laying out the new session's papules on the skin…</source>
            <translation>Placement des papules de la nouvelle séance sur la peau…</translation>
        </message>
        <message>
            <location line="+63" />
            <source>The new session was stored, but it could not be opened here. Close this window and open it from the patient's record.</source>
            <translation>La nouvelle séance a été enregistrée, mais elle n'a pas pu être ouverte ici. Fermez cette fenêtre et ouvrez-la depuis le dossier du patient.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The new session could not be laid out, so nothing was stored. Try again, or untick “%1” to copy the previous papules as they were.</source>
            <translation>Les papules de la nouvelle séance n'ont pas pu être disposées ; rien n'a donc été enregistré. Réessayez, ou décochez « %1 » pour reprendre les papules précédentes telles quelles.</translation>
        </message>
    </context>
    <context>
        <name>RescheduleDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/today.py" line="+238" />
            <source>Change the session's time</source>
            <translation>Modifier l'heure de la séance</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Time</source>
            <translation>&amp;Heure</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <location filename="../../mesomap/gui/records/session_editor.py" line="+51" />
            <source>Session editor</source>
            <translation>Éditeur de séance</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Amendments (beside the signed original)</source>
            <translation>Avenants (à côté de l'original signé)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Amendments</source>
            <translation>Avenants</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Totals</source>
            <translation>Totaux</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Warnings</source>
            <translation>Avertissements</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save map</source>
            <translation>Enregistrer la carte</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Checklist and perform…</source>
            <translation>Liste de contrôle et réalisation…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adverse event…</source>
            <translation>Événement indésirable…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sign…</source>
            <translation>Signer…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amend…</source>
            <translation>Avenant…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Repeat as next session</source>
            <translation>Répéter comme prochaine séance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print preview…</source>
            <translation>Aperçu avant impression…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Verify signature</source>
            <translation>Vérifier la signature</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Map canvas</source>
            <translation>Canevas de la carte</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Map tools</source>
            <translation>Outils de la carte</translation>
        </message>
        <message>
            <location line="+69" />
            <source>%1 — session %2, %3 — %4</source>
            <translation>%1 — séance %2, %3 — %4</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 — session, %3 — %4</source>
            <translation>%1 — séance, %3 — %4</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Signed by %1 on %2 (%3). SHA-256 %4</source>
            <translation>Signée par %1 le %2 (%3). SHA-256 %4</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Performed on %1</source>
            <translation>Réalisée le %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: %2 papules performed</source>
            <translation>%1 : %2 papules réalisées</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Adverse event: %1 (%2) %3</source>
            <translation>Événement indésirable : %1 (%2) %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>pain (0–10)</source>
            <translation>douleur (0–10)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>circumference (cm)</source>
            <translation>circonférence (cm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>score</source>
            <translation>score</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Outcome %1: %2</source>
            <translation>Résultat %1 : %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>adverse event %1 (%2) %3</source>
            <translation>événement indésirable %1 (%2) %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1, %2 — %3: %4</source>
            <translation>%1, %2 — %3 : %4</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Papules: %1</source>
            <translation>Papules : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Injections: %1</source>
            <translation>Injections : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Total volume: %1</source>
            <translation>Volume total : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Estimated duration: %1 min</source>
            <translation>Durée estimée : %1 min</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Your map is kept on the screen; Save map again to replace the other version with it.</source>
            <translation>Votre carte reste à l'écran ; enregistrez-la à nouveau pour remplacer l'autre version par la vôtre.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Map saved.</source>
            <translation>Carte enregistrée.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The signature matches the stored record.</source>
            <translation>La signature correspond au dossier enregistré.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The stored record no longer matches its signature. Report this to the administrator.</source>
            <translation>Le dossier enregistré ne correspond plus à sa signature. Signalez-le à l'administrateur.</translation>
        </message>
    </context>
    <context>
        <name>SessionPrinting</name>
        <message>
            <location filename="../../mesomap/gui/printing/session_print.py" line="+105" />
            <location line="+1" />
            <source>Print preview</source>
            <translation>Aperçu avant impression</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Export the sheet as PDF</source>
            <translation>Exporter la fiche en PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export PDF</source>
            <translation>Exporter en PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the sheet…</source>
            <translation>Écriture de la fiche…</translation>
        </message>
    </context>
    <context>
        <name>SessionSheet</name>
        <message>
            <location filename="../../mesomap/printing/sheet.py" line="+140" />
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Printed %1 by mesomap</source>
            <translation>Imprimé le %1 par mesomap</translation>
        </message>
        <message>
            <location line="+3" />
            <source>DEMO — fictional data, not a clinical record</source>
            <translation>DÉMO — données fictives, pas un dossier clinique</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Session sheet</source>
            <translation>Fiche de séance</translation>
        </message>
        <message>
            <location line="+4" />
            <source>DEMO</source>
            <translation>DÉMO</translation>
        </message>
        <message>
            <location line="+6" />
            <source>born %1</source>
            <translation>né(e) le %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ID %1</source>
            <translation>ID %1</translation>
        </message>
        <message>
            <location line="+43" />
            <source>planned</source>
            <translation>prévue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>performed</source>
            <translation>réalisée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>signed</source>
            <translation>signée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>did not attend</source>
            <translation>absent</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Course</source>
            <translation>Cure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session no.</source>
            <translation>Séance n°</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sections.py" line="+250" />
            <location filename="../../mesomap/printing/sheet.py" line="+1" />
            <source>Practitioner</source>
            <translation>Praticien</translation>
        </message>
        <message>
            <location line="+15" />
            <location filename="../../mesomap/printing/sheet.py" line="+1" />
            <source>Performed</source>
            <translation>Réalisée</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sheet.py" line="+1" />
            <source>Template</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient fit</source>
            <translation>Ajustement</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Map</source>
            <translation>Carte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This session has no map yet.</source>
            <translation>Cette séance n'a pas encore de carte.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Scale %1</source>
            <translation>Échelle %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>actual size</source>
            <translation>taille réelle</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overview %1 — actual size (1:1) on %2 tiles at the end</source>
            <translation>Vue d'ensemble %1 — taille réelle (1:1) sur %2 feuilles à la fin</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sections.py" line="-228" />
            <location line="+120" />
            <location line="+110" />
            <location filename="../../mesomap/printing/sheet.py" line="+12" />
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sheet.py" line="+6" />
            <source>Avoid (dashed: margin)</source>
            <translation>À éviter (tirets : marge)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Caution</source>
            <translation>Prudence</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Papule (number: injection order)</source>
            <translation>Papule (numéro : ordre d'injection)</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Actual size (1:1) — tile %1: row %2 of %3, column %4 of %5</source>
            <translation>Taille réelle (1:1) — feuille %1 : rangée %2 sur %3, colonne %4 sur %5</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tiles overlap by 1 cm: lay them so that the + marks of neighbouring tiles lie on top of each other.</source>
            <translation>Les feuilles se chevauchent de 1 cm : posez-les de façon que les repères + des feuilles voisines se superposent.</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sections.py" line="-239" />
            <source>Regions, technique and products</source>
            <translation>Régions, technique et produits</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Technique</source>
            <translation>Technique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spacing</source>
            <translation>Écart</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papules</source>
            <translation>Papules</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+228" />
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <location line="-227" />
            <source>Lot · expiry</source>
            <translation>Lot · péremption</translation>
        </message>
        <message>
            <location line="+1" />
            <source>per papule</source>
            <translation>par papule</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <location line="+9" />
            <source>depth %1</source>
            <translation>profondeur %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>needle %1G %2</source>
            <translation>aiguille %1G %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>angle %1°</source>
            <translation>angle %1°</translation>
        </message>
        <message>
            <location line="+16" />
            <source>exp. %1</source>
            <translation>pér. %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>EXPIRED</source>
            <translation>PÉRIMÉ</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The map has no regions.</source>
            <translation>La carte n'a aucune région.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Total papules</source>
            <translation>Total des papules</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Injections</source>
            <translation>Injections</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+10" />
            <source>Planned volume</source>
            <translation>Volume prévu</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Duration (est.)</source>
            <translation>Durée (est.)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Product (total)</source>
            <translation>Produit (total)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lots</source>
            <translation>Lots</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Contraindication checklist</source>
            <translation>Liste des contre-indications</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No checklist questions are set up for this clinic.</source>
            <translation>Aucune question de contre-indication n'est définie pour ce cabinet.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N/A</source>
            <translation>S.O.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+87" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="-77" />
            <source>Adverse events</source>
            <translation>Événements indésirables</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Onset</source>
            <translation>Apparition</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action taken</source>
            <translation>Mesure prise</translation>
        </message>
        <message>
            <location line="+6" />
            <source>None recorded.</source>
            <translation>Aucun enregistré.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Amendments</source>
            <translation>Avenants</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+21" />
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <location line="-18" />
            <source>performed the session</source>
            <translation>a réalisé la séance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reviewed the record</source>
            <translation>a relu le dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>signed an amendment</source>
            <translation>a signé un avenant</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 — %2, %3</source>
            <translation>%1 — %2, %3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Electronically signed · record version %1 · digest %2…</source>
            <translation>Signé électroniquement · version du dossier %1 · empreinte %2…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not signed yet.</source>
            <translation>Pas encore signée.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Date and time</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Papules done</source>
            <translation>Papules réalisées</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lot</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volume given</source>
            <translation>Volume administré</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../mesomap/core/settings.py" line="+87" />
            <source>“{value}” is not one of the allowed values: {choices}.</source>
            <translation>« {value} » ne fait pas partie des valeurs permises : {choices}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The value must be at least {minimum}.</source>
            <translation>La valeur doit être au moins {minimum}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The value must be at most {maximum}.</source>
            <translation>La valeur doit être au plus {maximum}.</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+26" />
            <source>This setting is either on or off.</source>
            <translation>Ce paramètre est soit activé, soit désactivé.</translation>
        </message>
        <message>
            <location line="-11" />
            <source>The stored value “{text}” cannot be read.</source>
            <translation>La valeur enregistrée « {text} » ne peut pas être lue.</translation>
        </message>
        <message>
            <location line="+16" />
            <location filename="../../mesomap/gui/settings_dialog.py" line="+182" />
            <source>Enter a whole number.</source>
            <translation>Saisissez un nombre entier.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+6" />
            <source>Enter a number.</source>
            <translation>Saisissez un nombre.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter some text.</source>
            <translation>Saisissez du texte.</translation>
        </message>
        <message>
            <location line="+84" />
            <source>Clinic name</source>
            <translation>Nom du cabinet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed at the top of every sheet.</source>
            <translation>Imprimé en haut de chaque fiche.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Clinic address</source>
            <translation>Adresse du cabinet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed under the clinic name; several lines allowed.</source>
            <translation>Imprimée sous le nom du cabinet ; plusieurs lignes permises.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language of menus, messages and number formats. Automatic follows the system.</source>
            <translation>Langue des menus, des messages et des formats de nombre. Automatique suit le système.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Automatic (system language)</source>
            <translation>Automatique (langue du système)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Paper size</source>
            <translation>Format du papier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paper for printed sheets. Automatic uses Letter in the US, Canada and Mexico and A4 elsewhere.</source>
            <translation>Papier des fiches imprimées. Automatique utilise Letter aux États-Unis, au Canada et au Mexique, et A4 ailleurs.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Automatic (from the language and country)</source>
            <translation>Automatique (selon la langue et le pays)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Default spacing (cm)</source>
            <translation>Espacement par défaut (cm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distance between papules in a new region when its preset does not say.</source>
            <translation>Distance entre les papules dans une nouvelle région quand son préréglage ne la précise pas.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Default margin (cm)</source>
            <translation>Marge par défaut (cm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distance kept between papules and a region's edge in a new region.</source>
            <translation>Distance gardée entre les papules et le bord d'une nouvelle région.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lock after idle minutes</source>
            <translation>Verrouiller après minutes d'inactivité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient data is hidden after this many minutes without use, until someone logs in again.</source>
            <translation>Les données patients sont masquées après ce nombre de minutes sans utilisation, jusqu'à une nouvelle connexion.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Automatic backups</source>
            <translation>Sauvegardes automatiques</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How often the clinic database is backed up while mesomap runs.</source>
            <translation>Fréquence de sauvegarde de la base du cabinet pendant que mesomap fonctionne.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Off</source>
            <translation>Désactivées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily</source>
            <translation>Quotidiennes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weekly</source>
            <translation>Hebdomadaires</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Backup hour</source>
            <translation>Heure de sauvegarde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hour of the day (0–23) after which the scheduled backup runs.</source>
            <translation>Heure du jour (0–23) après laquelle la sauvegarde planifiée a lieu.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lengths shown in</source>
            <translation>Longueurs affichées en</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit for distances on screen and on sheets. Stored values are always in cm.</source>
            <translation>Unité des distances à l'écran et sur les fiches. Les valeurs enregistrées sont toujours en cm.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Volumes shown in</source>
            <translation>Volumes affichés en</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit for volumes on screen and on sheets. Stored values are always in mL.</source>
            <translation>Unité des volumes à l'écran et sur les fiches. Les valeurs enregistrées sont toujours en mL.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Search delay (ms)</source>
            <translation>Délai de recherche (ms)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How long the patient search waits after the last key before it searches.</source>
            <translation>Temps d'attente de la recherche de patients après la dernière touche avant de chercher.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Aftercare text</source>
            <translation>Texte des conseils post-séance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Advice printed on the patient's aftercare sheet. Empty uses mesomap's standard text in the patient's language.</source>
            <translation>Conseils imprimés sur la fiche de conseils du patient. Vide : texte standard de mesomap dans la langue du patient.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sheet margins (mm)</source>
            <translation>Marges des fiches (mm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>White border around printed sheets. The map's scale never depends on it.</source>
            <translation>Bordure blanche autour des fiches imprimées. L'échelle de la carte n'en dépend jamais.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../mesomap/gui/settings_dialog.py" line="-108" />
            <source>Settings</source>
            <extracomment>choice labels that are not translated: language names in their own language, units, paper</extracomment>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Clinic (every computer using this database)</source>
            <translation>Cabinet (tous les ordinateurs utilisant cette base)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This computer</source>
            <translation>Cet ordinateur</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only an administrator can change the clinic settings; they are shown here read-only.</source>
            <translation>Seul un administrateur peut modifier les paramètres du cabinet ; ils sont affichés ici en lecture seule.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A new language is used from the next start of mesomap.</source>
            <translation>Une nouvelle langue est utilisée au prochain démarrage de mesomap.</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <location filename="../../mesomap/gui/accounts/dialogs.py" line="+61" />
            <source>Create the administrator account</source>
            <translation>Créer le compte administrateur</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This clinic database has no accounts yet. Create the administrator account: it manages accounts, settings, products and backups. Keep its password safe.</source>
            <translation>Cette base du cabinet n'a encore aucun compte. Créez le compte administrateur : il gère les comptes, les paramètres, les produits et les sauvegardes. Conservez son mot de passe en lieu sûr.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+9" />
            <source>Login name</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <location line="-7" />
            <location line="+8" />
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+6" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location line="-3" />
            <location line="+4" />
            <source>Repeat the password</source>
            <translation>Répétez le mot de passe</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+1" />
            <source>Create account</source>
            <translation>Créer le compte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The two passwords differ. Type the same password twice.</source>
            <translation>Les deux mots de passe diffèrent. Tapez deux fois le même mot de passe.</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/signing.py" line="-83" />
            <source>Sign the session</source>
            <translation>Signer la séance</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1, signing locks this session's record: afterwards it can only be amended, with a reason, beside the original. Re-enter your password to sign.</source>
            <translation>%1, la signature verrouille le dossier de cette séance : ensuite, il ne peut plus qu'être complété par un avenant motivé, à côté de l'original. Saisissez à nouveau votre mot de passe pour signer.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Meaning</source>
            <translation>&amp;Signification</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I performed this session</source>
            <translation>J'ai réalisé cette séance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I reviewed this session</source>
            <translation>J'ai relu cette séance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password</source>
            <translation>&amp;Mot de passe</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <source>Sign</source>
            <translation>Signer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Enter your password to sign.</source>
            <translation>Saisissez votre mot de passe pour signer.</translation>
        </message>
    </context>
    <context>
        <name>Surface</name>
        <message>
            <location filename="../../mesomap/core/surface/honesty.py" line="+31" />
            <source>This sheet is a flat projection of a curved body: where the skin turns away, papules look closer together than they are. Distances on the skin: {distances}.</source>
            <translation>Cette fiche est une projection à plat d'un corps courbe : là où la peau s'incurve, les papules paraissent plus proches qu'elles ne le sont. Distances sur la peau : {distances}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Area: {picture} cm² on the picture, {skin} cm² on the skin.</source>
            <translation>Surface : {picture} cm² sur l'image, {skin} cm² sur la peau.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/surface/views.py" line="+36" />
            <source>Most of this region is skin seen at a steep angle on this view ({share} %); its outline and papules are easier to place on the {template} template.</source>
            <extracomment>Skin seen at more than this angle from the line of sight counts as steep (stretch &gt; 1.56). A region is "mostly steep" when at least this share of its picture area is steep. A profile is suggested only if it sees at least this share of the region's outline.</extracomment>
            <translation>La plus grande partie de cette région est de la peau vue sous un angle aigu dans cette vue ({share} %) ; son contour et ses papules sont plus faciles à placer sur le modèle {template}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Most of this region is skin seen at a steep angle on this view ({share} %); distances on the picture are much shorter than on the skin there.</source>
            <translation>La plus grande partie de cette région est de la peau vue sous un angle aigu dans cette vue ({share} %) ; les distances sur l'image y sont bien plus courtes que sur la peau.</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sections.py" line="-111" />
            <source>median %1</source>
            <translation>médiane %1</translation>
        </message>
    </context>
    <context>
        <name>TechniqueComparison</name>
        <message>
            <location filename="../../mesomap/gui/trainer/diagrams.py" line="+254" />
            <location line="+5" />
            <source>Body area</source>
            <translation>Région du corps</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Technique on the left</source>
            <translation>Technique à gauche</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technique on the right</source>
            <translation>Technique à droite</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+2" />
            <source>Layer thicknesses…</source>
            <translation>Épaisseurs des couches…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
    </context>
    <context>
        <name>TemplateError</name>
        <message>
            <location filename="../../mesomap/core/templates/errors.py" line="+32" />
            <source>The anatomical template file could not be used and was skipped; ask whoever made it to correct it (mesomap templates --check shows the details).</source>
            <translation>Le fichier de modèle anatomique n'a pas pu être utilisé et a été ignoré ; demandez à son auteur de le corriger (mesomap templates --check affiche les détails).</translation>
        </message>
    </context>
    <context>
        <name>TemplateFitBar</name>
        <message>
            <location filename="../../mesomap/gui/records/template_fit.py" line="+33" />
            <source>Change template…</source>
            <translation>Changer de modèle…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change template</source>
            <translation>Changer de modèle</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+7" />
            <source>Patient fit (scale)</source>
            <translation>Ajustement au patient (échelle)</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+1" />
            <source>Apply fit</source>
            <translation>Appliquer l'ajustement</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No map yet: choose the template to draw on.</source>
            <translation>Pas encore de carte : choisissez le modèle sur lequel dessiner.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Template: %1 (version %2)</source>
            <translation>Modèle : %1 (version %2)</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/gallery.py" line="+72" />
            <source>Choose a template</source>
            <translation>Choisir un modèle</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Body area</source>
            <translation>Région du corps</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <location line="+0" />
            <source>View</source>
            <translation>Vue</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Templates</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose</source>
            <translation>Choisir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <location filename="../../mesomap/gui/records/today.py" line="-207" />
            <location line="+14" />
            <location line="+1" />
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <location line="-7" />
            <source>◀ Previous day</source>
            <translation>◀ Jour précédent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous day</source>
            <translation>Jour précédent</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next day ▶</source>
            <translation>Jour suivant ▶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next day</source>
            <translation>Jour suivant</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Sessions of the day</source>
            <translation>Séances du jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open session</source>
            <translation>Ouvrir la séance</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change time…</source>
            <translation>Changer l'heure…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark cancelled</source>
            <translation>Marquer annulée</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mark no-show</source>
            <translation>Marquer absent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reopen</source>
            <translation>Rouvrir</translation>
        </message>
        <message>
            <location line="+48" />
            <source>No practitioner assigned</source>
            <translation>Aucun praticien assigné</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1: %2 planned, %3 performed, %4 signed, %5 cancelled, %6 no-show</source>
            <translation>%1 : %2 prévues, %3 réalisées, %4 signées, %5 annulées, %6 absents</translation>
        </message>
    </context>
    <context>
        <name>Trainer</name>
        <message>
            <location filename="../../mesomap/core/trainer/skin.py" line="+31" />
            <source>Epidermis</source>
            <translation>Épiderme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papillary dermis</source>
            <translation>Derme papillaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reticular dermis</source>
            <translation>Derme réticulaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hypodermis</source>
            <translation>Hypoderme</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/trainer/__init__.py" line="-98" />
            <source>Technique diagrams</source>
            <translation>Schémas de technique</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Trainer mode shows fictional patients only. Open the demonstration database (File menu) and choose a patient there.</source>
            <translation>Le mode formateur n'affiche que des patients fictifs. Ouvrez la base de démonstration (menu Fichier) et choisissez-y un patient.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose a patient in the list first.</source>
            <translation>Choisissez d'abord un patient dans la liste.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This patient has no session map to play.</source>
            <translation>Ce patient n'a aucune carte de séance à rejouer.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The session map could not be read. The details are in the log file.</source>
            <translation>La carte de la séance n'a pas pu être lue. Les détails sont dans le fichier journal.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/trainer/diagrams.py" line="-100" />
            <source>%1 mm deep, %2°, needle %3 G × %4 mm</source>
            <translation>%1 mm de profondeur, %2°, aiguille %3 G × %4 mm</translation>
        </message>
        <message>
            <location line="+10" />
            <source>At %1° a %2 mm needle reaches %3 mm at most: the hub would press the skin.</source>
            <translation>À %1°, une aiguille de %2 mm atteint au plus %3 mm : l'embase appuierait sur la peau.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/trainer/export.py" line="+19" />
            <source>The image could not be written to %1. Choose another folder.</source>
            <translation>L'image n'a pas pu être écrite dans %1. Choisissez un autre dossier.</translation>
        </message>
    </context>
    <context>
        <name>Windows</name>
        <message>
            <location filename="../../mesomap/gui/windows.py" line="+95" />
            <source>The database was updated for this version of mesomap. The copy made before the update is kept at %1.</source>
            <translation>La base de données a été mise à jour pour cette version de mesomap. La copie faite avant la mise à jour est conservée dans %1.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Opening the database…</source>
            <translation>Ouverture de la base de données…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Preparing the demonstration database with fictional patients…</source>
            <translation>Préparation de la base de démonstration avec des patients fictifs…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <location filename="../../mesomap/gui/workers.py" line="+207" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>p</name>
        <message>
            <source>Product</source>
            <translation type="vanished">Produit</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation type="vanished">Lot</translation>
        </message>
        <message>
            <source>Volume per papule</source>
            <translation type="vanished">Volume par papule</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation type="vanished">Retirer</translation>
        </message>
    </context>
    <context>
        <name>permissions</name>
        <message>
            <location filename="../../mesomap/storage/permissions.py" line="+104" />
            <source>see patients' records</source>
            <translation>consulter les dossiers des patients</translation>
        </message>
        <message>
            <location line="+1" />
            <source>add patients or change their identity and contact details</source>
            <translation>ajouter des patients ou modifier leur identité et leurs coordonnées</translation>
        </message>
        <message>
            <location line="+3" />
            <source>change a patient's allergies, contraindications or clinical notes</source>
            <translation>modifier les allergies, contre-indications ou notes cliniques d'un patient</translation>
        </message>
        <message>
            <location line="+3" />
            <source>delete patients</source>
            <translation>supprimer des patients</translation>
        </message>
        <message>
            <location line="+1" />
            <source>schedule sessions</source>
            <translation>planifier des séances</translation>
        </message>
        <message>
            <location line="+1" />
            <source>plan, perform or change clinical records</source>
            <translation>planifier, réaliser ou modifier des dossiers cliniques</translation>
        </message>
        <message>
            <location line="+3" />
            <source>sign sessions</source>
            <translation>signer des séances</translation>
        </message>
        <message>
            <location line="+1" />
            <source>amend signed sessions</source>
            <translation>compléter des séances signées par un avenant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>print patient documents</source>
            <translation>imprimer des documents patients</translation>
        </message>
        <message>
            <location line="+1" />
            <source>change products, lots, presets or clinic limits</source>
            <translation>modifier les produits, lots, préréglages ou limites du cabinet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>change clinic settings</source>
            <translation>modifier les paramètres du cabinet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>manage user accounts</source>
            <translation>gérer les comptes utilisateurs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>back up or restore the database</source>
            <translation>sauvegarder ou restaurer la base de données</translation>
        </message>
        <message>
            <location line="+1" />
            <source>read the audit trail</source>
            <translation>consulter la piste d'audit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>export a patient's data</source>
            <translation>exporter les données d'un patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>erase or anonymise patients</source>
            <translation>effacer ou anonymiser des patients</translation>
        </message>
    </context>
    <context>
        <name>records</name>
        <message>
            <location filename="../../mesomap/core/records/checklist.py" line="+18" />
            <source>Pregnancy or breastfeeding</source>
            <extracomment>Shipped items (the clinic can edit, add and deactivate them): (code, label, blocking).</extracomment>
            <translation>Grossesse ou allaitement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bleeding disorder or anticoagulant treatment</source>
            <translation>Trouble de la coagulation ou traitement anticoagulant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active infection at the injection site</source>
            <translation>Infection active au point d'injection</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Allergy to a component of the products</source>
            <translation>Allergie à un composant des produits</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other contraindication (see note)</source>
            <translation>Autre contre-indication (voir la note)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>“{item}” has no answer yet. Answer every question of the checklist before marking the session performed.</source>
            <translation>« {item} » n'a pas encore de réponse. Répondez à chaque question de la liste avant de marquer la séance comme réalisée.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{item}” was answered yes: the session cannot be marked performed. Record what was done instead in the notes.</source>
            <translation>La réponse à « {item} » est oui : la séance ne peut pas être marquée comme réalisée. Notez plutôt ce qui a été fait dans les notes.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/records/courses.py" line="+17" />
            <source>Musculoskeletal pain</source>
            <extracomment>Shipped indications (code, English label); the clinic may add its own.</extracomment>
            <translation>Douleur musculo-squelettique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Venous insufficiency / lymphoedema</source>
            <translation>Insuffisance veineuse / lymphœdème</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cellulite</source>
            <translation>Cellulite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skin rejuvenation</source>
            <translation>Rajeunissement cutané</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alopecia</source>
            <translation>Alopécie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Localised fat</source>
            <translation>Adiposité localisée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scars</source>
            <translation>Cicatrices</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location line="+45" />
            <source>This session is {gap} day(s) from the session of {other}; the course plans at least {minimum} days between sessions.</source>
            <translation>Cette séance est à {gap} jour(s) de la séance du {other} ; la cure prévoit au moins {minimum} jours entre les séances.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This session is {gap} days after the previous one; the course plans at most {maximum} days between sessions.</source>
            <translation>Cette séance a lieu {gap} jours après la précédente ; la cure prévoit au plus {maximum} jours entre les séances.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{product}: this session is {gap} day(s) from the previous use; its limit is at least {minimum} days between sessions.</source>
            <translation>{product} : cette séance est à {gap} jour(s) de l'utilisation précédente ; sa limite est d'au moins {minimum} jours entre les séances.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>This is session {count} of a course planned for {planned} sessions.</source>
            <translation>C'est la séance {count} d'une cure prévue en {planned} séances.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/records/limits.py" line="+92" />
            <source>{product}: {volume} mL planned in this session; its limit is {limit} mL per session.</source>
            <translation>{product} : {volume} mL prévus dans cette séance ; sa limite est de {limit} mL par séance.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{product}: {count} injections planned in this session; its limit is {limit} per session.</source>
            <translation>{product} : {count} injections prévues dans cette séance ; sa limite est de {limit} par séance.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{product}: {volume} mL over the course with this session; its limit is {limit} mL per course.</source>
            <translation>{product} : {volume} mL sur la cure avec cette séance ; sa limite est de {limit} mL par cure.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{product}: {count} injections over the course with this session; its limit is {limit} per course.</source>
            <translation>{product} : {count} injections sur la cure avec cette séance ; sa limite est de {limit} par cure.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{product}: this would be session {count} with this product in the course; its limit is {limit} sessions.</source>
            <translation>{product} : ce serait la séance {count} avec ce produit dans la cure ; sa limite est de {limit} séances.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{product}: {days} day(s) since its previous use; its limit is at least {limit} days between sessions.</source>
            <translation>{product} : {days} jour(s) depuis son utilisation précédente ; sa limite est d'au moins {limit} jours entre les séances.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{volume} mL planned in this session; the clinic's limit “{label}” is {limit} mL.</source>
            <translation>{volume} mL prévus dans cette séance ; la limite du cabinet « {label} » est de {limit} mL.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{count} injections planned in this session; the clinic's limit “{label}” is {limit}.</source>
            <translation>{count} injections prévues dans cette séance ; la limite du cabinet « {label} » est de {limit}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>About {minutes} minutes estimated for this session; the clinic's limit “{label}” is {limit} minutes.</source>
            <translation>Environ {minutes} minutes estimées pour cette séance ; la limite du cabinet « {label} » est de {limit} minutes.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{days} day(s) since the previous session; the clinic's limit “{label}” is at least {limit} days.</source>
            <translation>{days} jour(s) depuis la séance précédente ; la limite du cabinet « {label} » est d'au moins {limit} jours.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This would be session {count} of the course; the clinic's limit “{label}” is {limit} sessions.</source>
            <translation>Ce serait la séance {count} de la cure ; la limite du cabinet « {label} » est de {limit} séances.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/records/lots.py" line="+44" />
            <source>Lot {lot} of {product} expired on {expiry}. Choose another lot: an expired lot cannot be used.</source>
            <translation>Le lot {lot} de {product} est périmé depuis le {expiry}. Choisissez un autre lot : un lot périmé ne peut pas être utilisé.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Lot {lot} of {product} expires on {expiry}, in {days} day(s).</source>
            <translation>Le lot {lot} de {product} périme le {expiry}, dans {days} jour(s).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Lot {lot} of {product} expired on {expiry}, so it was taken out of the copied mixture. Choose another lot of {product}.</source>
            <translation>Le lot {lot} de {product} est périmé depuis le {expiry} ; il a donc été retiré du mélange copié. Choisissez un autre lot de {product}.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/records/presets.py" line="+39" />
            <source>Intra-epidermal (IED), lines</source>
            <translation>Intraépidermique (IED), lignes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Superficial intradermal / nappage (IDS)</source>
            <translation>Intradermique superficielle / nappage (IDS)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Papules, deep intradermal (IDP)</source>
            <translation>Papules, intradermique profonde (IDP)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Papules for pain (IDP, 2–3 cm)</source>
            <translation>Papules antalgiques (IDP, 2–3 cm)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Point-by-point intradermo-hypodermic</source>
            <translation>Point par point intradermo-hypodermique</translation>
        </message>
    </context>
    <context>
        <name>self.window</name>
        <message>
            <source>This is a PostgreSQL database: back it up on the server with pg_dump (see docs/backup.md).</source>
            <translation type="vanished">C'est une base PostgreSQL : sauvegardez-la sur le serveur avec pg_dump (voir docs/backup.md).</translation>
        </message>
        <message>
            <source>Backup made and checked: %1</source>
            <translation type="vanished">Sauvegarde effectuée et vérifiée : %1</translation>
        </message>
        <message>
            <source>This is a PostgreSQL database: restore it on the server with pg_restore (see docs/backup.md).</source>
            <translation type="vanished">C'est une base PostgreSQL : restaurez-la sur le serveur avec pg_restore (voir docs/backup.md).</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation type="vanished">Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>mesomap backups (*.sqlite)</source>
            <translation type="vanished">Sauvegardes mesomap (*.sqlite)</translation>
        </message>
        <message>
            <source>Replace the current database with %1? Everything recorded after that backup is replaced (the current database is kept beside it). Close mesomap on other computers using it first.</source>
            <translation type="vanished">Remplacer la base de données actuelle par %1 ? Tout ce qui a été enregistré après cette sauvegarde est remplacé (la base actuelle est conservée à côté). Fermez d'abord mesomap sur les autres ordinateurs qui l'utilisent.</translation>
        </message>
        <message>
            <source>The database was restored from %1. Log in again.</source>
            <translation type="vanished">La base de données a été restaurée depuis %1. Reconnectez-vous.</translation>
        </message>
        <message>
            <source>Choose a patient in the list first.</source>
            <translation type="vanished">Choisissez d'abord un patient dans la liste.</translation>
        </message>
        <message>
            <source>Readable PDF (*.pdf)</source>
            <translation type="vanished">PDF lisible (*.pdf)</translation>
        </message>
        <message>
            <source>Export patient data</source>
            <translation type="vanished">Exporter les données du patient</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation type="vanished">Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <source>Patient data exported to %1</source>
            <translation type="vanished">Données du patient exportées dans %1</translation>
        </message>
        <message>
            <source>Erase patient</source>
            <translation type="vanished">Effacer le patient</translation>
        </message>
        <message>
            <source>Erase this patient and all their records for good? This cannot be undone. Backups keep them until rotation removes them.</source>
            <translation type="vanished">Effacer définitivement ce patient et tous ses dossiers ? C'est irréversible. Les sauvegardes les conservent jusqu'à ce que la rotation les supprime.</translation>
        </message>
        <message>
            <source>Anonymise patient</source>
            <translation type="vanished">Anonymiser le patient</translation>
        </message>
        <message>
            <source>This patient has signed records, which must be kept, so they cannot be erased. Anonymise instead (remove name, birth date and contact details, keep the clinical record)?</source>
            <translation type="vanished">Ce patient a des dossiers signés, qui doivent être conservés : il ne peut donc pas être effacé. L'anonymiser à la place (supprimer le nom, la date de naissance et les coordonnées, garder le dossier clinique) ?</translation>
        </message>
        <message>
            <source>The patient was erased.</source>
            <translation type="vanished">Le patient a été effacé.</translation>
        </message>
        <message>
            <source>The patient was anonymised.</source>
            <translation type="vanished">Le patient a été anonymisé.</translation>
        </message>
    </context>
    <context>
        <name>storage</name>
        <message>
            <location filename="../../mesomap/storage/accounts.py" line="+81" />
            <source>The login name or the password is not correct. Check them and try again.</source>
            <translation>L'identifiant ou le mot de passe est incorrect. Vérifiez-les et réessayez.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Too many wrong passwords for this account. Wait {seconds} seconds, then try again.</source>
            <translation>Trop de mots de passe erronés pour ce compte. Attendez {seconds} secondes, puis réessayez.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>The password must have at least {minimum} characters.</source>
            <translation>Le mot de passe doit comporter au moins {minimum} caractères.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>The login name must be one word of at most 64 characters.</source>
            <translation>L'identifiant doit être un seul mot de 64 caractères au plus.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The name is required.</source>
            <translation>Le nom est obligatoire.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Give the account at least one role.</source>
            <translation>Donnez au moins un rôle au compte.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The login name {login} is taken. Choose another one.</source>
            <translation>L'identifiant {login} est déjà pris. Choisissez-en un autre.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This database already has accounts; ask an administrator to create yours.</source>
            <translation>Cette base de données a déjà des comptes ; demandez à un administrateur de créer le vôtre.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/engine.py" line="+179" />
            <source>mesomap cannot use the database {url}: only SQLite files (sqlite:///path) and PostgreSQL servers (postgresql+psycopg://user@host/database) are supported.</source>
            <translation>mesomap ne peut pas utiliser la base de données {url} : seuls les fichiers SQLite (sqlite:///chemin) et les serveurs PostgreSQL (postgresql+psycopg://utilisateur@hôte/base) sont pris en charge.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The folder {folder} does not exist, so the database file cannot be created there. Create the folder or choose another location.</source>
            <translation>Le dossier {folder} n'existe pas, donc le fichier de base de données ne peut pas y être créé. Créez le dossier ou choisissez un autre emplacement.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>mesomap cannot read or create the database file {path} ({reason}). Check that it is a file you may write to, or choose another location.</source>
            <translation>mesomap ne peut pas lire ni créer le fichier de base de données {path} ({reason}). Vérifiez que c'est un fichier où vous pouvez écrire, ou choisissez un autre emplacement.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The database {url} is busy or cannot be read right now (another mesomap may be saving a large change). Wait a moment and try again.</source>
            <translation>La base de données {url} est occupée ou illisible pour le moment (un autre mesomap enregistre peut-être une grosse modification). Patientez un instant et réessayez.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/errors.py" line="+24" />
            <source>The database could not be used. The log file has the technical details.</source>
            <translation>La base de données n'a pas pu être utilisée. Le fichier journal contient les détails techniques.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>mesomap could not open the database at {url}. Check the address, that the server is running and that you may use it, then try again.</source>
            <translation>mesomap n'a pas pu ouvrir la base de données à l'adresse {url}. Vérifiez l'adresse, que le serveur fonctionne et que vous pouvez l'utiliser, puis réessayez.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The database file {path} is on a network or cloud-synchronised location ({reason}). SQLite files there can be corrupted when two computers or the sync service write at the same time, so mesomap refuses to use it. Keep the file on this computer's own disk, or let several workstations share a PostgreSQL server (--db postgresql+psycopg://...).</source>
            <translation>Le fichier de base de données {path} est sur un emplacement réseau ou synchronisé dans le nuage ({reason}). Les fichiers SQLite y sont corrompus quand deux ordinateurs ou le service de synchronisation écrivent en même temps ; mesomap refuse donc de l'utiliser. Gardez le fichier sur le disque de cet ordinateur, ou faites partager un serveur PostgreSQL à plusieurs postes (--db postgresql+psycopg://...).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{location} already holds data that does not belong to mesomap. mesomap left it untouched. Choose another file or an empty database.</source>
            <translation>{location} contient déjà des données qui n'appartiennent pas à mesomap. mesomap n'y a pas touché. Choisissez un autre fichier ou une base vide.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This database was last used by a newer version of mesomap (schema {revision}). Install that version or a later one to open it; this version left it untouched.</source>
            <translation>Cette base de données a été utilisée en dernier par une version plus récente de mesomap (schéma {revision}). Installez cette version ou une plus récente pour l'ouvrir ; cette version n'y a pas touché.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The file {path} is damaged or is not a mesomap database, so it cannot be opened. mesomap did not change it. Restore it from a backup or choose another file.</source>
            <translation>Le fichier {path} est endommagé ou n'est pas une base mesomap : il ne peut pas être ouvert. mesomap ne l'a pas modifié. Restaurez-le depuis une sauvegarde ou choisissez un autre fichier.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Updating the database to this version of mesomap failed, so nothing was changed. {backup_note} The log file has the technical details.</source>
            <translation>La mise à jour de la base de données vers cette version de mesomap a échoué ; rien n'a donc été modifié. {backup_note} Le fichier journal contient les détails techniques.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The {record} you asked for no longer exists. It may have been deleted.</source>
            <translation>L'élément demandé ({record}) n'existe plus. Il a peut-être été supprimé.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The {record} cannot be deleted because other records depend on it. Nothing was deleted.</source>
            <translation>L'élément ({record}) ne peut pas être supprimé car d'autres dossiers en dépendent. Rien n'a été supprimé.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{changed_by} changed this {record} at {changed_at} while you were editing it. Your changes were not saved and are still in the form: compare, then save again.</source>
            <translation>{changed_by} a modifié cet élément ({record}) à {changed_at} pendant que vous le modifiiez. Vos modifications n'ont pas été enregistrées et sont toujours dans le formulaire : comparez, puis enregistrez à nouveau.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>This {record} was deleted by someone else while you were editing it. Your changes were not saved and are still in the form.</source>
            <translation>Cet élément ({record}) a été supprimé par quelqu'un d'autre pendant que vous le modifiiez. Vos modifications n'ont pas été enregistrées et sont toujours dans le formulaire.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Someone else changed this {record} at {changed_at} while you were editing it. Your changes were not saved and are still in the form: compare, then save again.</source>
            <translation>Quelqu'un d'autre a modifié cet élément ({record}) à {changed_at} pendant que vous le modifiiez. Vos modifications n'ont pas été enregistrées et sont toujours dans le formulaire : comparez, puis enregistrez à nouveau.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>A {current} session cannot be marked {requested}. Nothing was changed.</source>
            <translation>Une séance à l'état « {current} » ne peut pas passer à l'état « {requested} ». Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This {record} is signed and cannot be changed. Record a correction as an amendment.</source>
            <translation>Cet élément ({record}) est signé et ne peut pas être modifié. Enregistrez la correction sous forme d'avenant.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/maps.py" line="+69" />
            <source>map</source>
            <translation>carte</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The map was not saved: {problem}</source>
            <translation>La carte n'a pas été enregistrée : {problem}</translation>
        </message>
        <message>
            <location line="+55" />
            <source>session</source>
            <translation>séance</translation>
        </message>
        <message>
            <location line="+103" />
            <source>The stored map of this session has an impossible patient fit, so it cannot be opened. Restore the database from a backup.</source>
            <translation>La carte enregistrée de cette séance a un ajustement au patient impossible : elle ne peut pas être ouverte. Restaurez la base de données depuis une sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/permissions.py" line="+7" />
            <source>Your account may not {action}. Nothing was changed. Ask an administrator if your work needs it.</source>
            <translation>Votre compte ne permet pas de {action}. Rien n'a été modifié. Demandez à un administrateur si votre travail l'exige.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Log in to {action}. Nothing was changed.</source>
            <translation>Connectez-vous pour {action}. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/catalog.py" line="+90" />
            <source>The product name is required.</source>
            <translation>Le nom du produit est obligatoire.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Volumes must be exact decimals.</source>
            <translation>Les volumes doivent être des décimaux exacts.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A limit must be more than 0.</source>
            <translation>Une limite doit être supérieure à 0.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A limit cannot be negative.</source>
            <translation>Une limite ne peut pas être négative.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The lot number is required.</source>
            <translation>Le numéro de lot est obligatoire.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>This name or number is already in the catalogue.</source>
            <translation>Ce nom ou ce numéro est déjà dans le catalogue.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/patients.py" line="+132" />
            <source>The family name is required.</source>
            <translation>Le nom de famille est obligatoire.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The birth date cannot be in the future.</source>
            <translation>La date de naissance ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/records_common.py" line="+99" />
            <location filename="../../mesomap/storage/repository/sessions.py" line="+102" />
            <source>The time has no time zone; it cannot be stored.</source>
            <translation>L'heure n'a pas de fuseau horaire ; elle ne peut pas être enregistrée.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This field is required.</source>
            <translation>Ce champ est obligatoire.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>“{value}” is not one of the allowed choices.</source>
            <translation>« {value} » ne fait pas partie des choix permis.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/sessions.py" line="+9" />
            <source>The session number in the course starts at 1.</source>
            <translation>Le numéro de séance dans la cure commence à 1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The planned duration must be more than 0 minutes.</source>
            <translation>La durée prévue doit être supérieure à 0 minute.</translation>
        </message>
        <message>
            <location line="+154" />
            <source>A session cannot be moved to another patient.</source>
            <translation>Une séance ne peut pas être déplacée vers un autre patient.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/schema.py" line="+160" />
            <source>This mesomap database has no schema version recorded, so mesomap cannot tell how to open it. It was left untouched. Restore it from a backup.</source>
            <translation>Cette base mesomap n'a pas de version de schéma enregistrée : mesomap ne sait donc pas comment l'ouvrir. Elle n'a pas été touchée. Restaurez-la depuis une sauvegarde.</translation>
        </message>
        <message>
            <location line="+78" />
            <source>This database was made by an older version of mesomap and needs updating before it can be used. It was left untouched.</source>
            <translation>Cette base de données a été créée par une version plus ancienne de mesomap et doit être mise à jour avant d'être utilisée. Elle n'a pas été touchée.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The safety copy could not be written (is the disk full?).</source>
            <translation>La copie de sécurité n'a pas pu être écrite (le disque est-il plein ?).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The safety copy made before updating did not pass its integrity check, which suggests the database itself is damaged.</source>
            <translation>La copie de sécurité faite avant la mise à jour n'a pas passé son contrôle d'intégrité, ce qui laisse penser que la base elle-même est endommagée.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>A safety copy was kept next to the database file.</source>
            <translation>Une copie de sécurité a été conservée à côté du fichier de base de données.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/seed.py" line="+53" />
            <source>This database holds real clinic records ({details}), so seed-demo did not touch it. Demonstration data goes into an empty database or one made by seed-demo: give a new file, for example --db sqlite:///mesomap-demo.sqlite.</source>
            <extracomment>Tables that hold a clinic's own records: any row in them makes a non-demo database "in use".</extracomment>
            <translation>Cette base contient de vrais dossiers du cabinet ({details}) ; seed-demo n'y a donc pas touché. Les données de démonstration vont dans une base vide ou créée par seed-demo : indiquez un nouveau fichier, par exemple --db sqlite:///mesomap-demo.sqlite.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/records_courses.py" line="+140" />
            <source>This indication is already in the list.</source>
            <translation>Cette indication est déjà dans la liste.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>A course has at least one planned session.</source>
            <translation>Une cure comporte au moins une séance prévue.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The interval cannot be negative.</source>
            <translation>L'intervalle ne peut pas être négatif.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The longest interval must not be shorter than the shortest.</source>
            <translation>L'intervalle le plus long ne doit pas être plus court que le plus court.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>A course cannot be moved to another patient.</source>
            <translation>Une cure ne peut pas être déplacée vers un autre patient.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/records_sessions.py" line="+158" />
            <source>This course belongs to another patient.</source>
            <translation>Cette cure appartient à un autre patient.</translation>
        </message>
        <message>
            <location line="+141" />
            <source>The number of papules cannot be negative.</source>
            <translation>Le nombre de papules ne peut pas être négatif.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A volume cannot be negative.</source>
            <translation>Un volume ne peut pas être négatif.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>A pain score is between 0 and 10.</source>
            <translation>Un score de douleur est compris entre 0 et 10.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A circumference must be more than 0 cm.</source>
            <translation>Une circonférence doit être supérieure à 0 cm.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/records_signing.py" line="+247" />
            <source>amendment</source>
            <translation>avenant</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Give the reason for the amendment.</source>
            <translation>Indiquez le motif de l'avenant.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Only a signed session is amended; change this one directly.</source>
            <translation>Seule une séance signée fait l'objet d'un avenant ; modifiez directement celle-ci.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/backup.py" line="+100" />
            <source>The backup could not be made ({reason}). The database itself was not changed. Check that the backup folder {folder} exists, is writable and has free space, then try again.</source>
            <translation>La sauvegarde n'a pas pu être faite ({reason}). La base de données elle-même n'a pas été modifiée. Vérifiez que le dossier de sauvegarde {folder} existe, est accessible en écriture et a de la place, puis réessayez.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The file {path} cannot be restored: {reason} The current database was left unchanged. Choose another backup.</source>
            <translation>Le fichier {path} ne peut pas être restauré : {reason} La base de données actuelle est restée inchangée. Choisissez une autre sauvegarde.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>The backup copy did not pass its integrity check, which suggests the database itself is damaged. No backup was kept. Restore the last good backup or contact support.</source>
            <translation>La copie de sauvegarde n'a pas passé son contrôle d'intégrité, ce qui laisse penser que la base elle-même est endommagée. Aucune sauvegarde n'a été conservée. Restaurez la dernière bonne sauvegarde ou contactez l'assistance.</translation>
        </message>
        <message>
            <location line="+73" />
            <source>the file does not exist.</source>
            <translation>le fichier n'existe pas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file is empty.</source>
            <translation>le fichier est vide.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>it is damaged or is not a database.</source>
            <translation>il est endommagé ou n'est pas une base de données.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>it is not a mesomap database.</source>
            <translation>ce n'est pas une base mesomap.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>it is damaged (its integrity check found errors).</source>
            <translation>il est endommagé (son contrôle d'intégrité a trouvé des erreurs).</translation>
        </message>
        <message>
            <location line="+37" />
            <source>the copy failed its check after restoring.</source>
            <translation>la copie a échoué à son contrôle après la restauration.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/patient_export.py" line="+58" />
            <source>This patient has signed session records, which must be kept, so the patient cannot be erased. Nothing was deleted. Anonymise the patient instead: the identity is removed and the clinical record is kept.</source>
            <translation>Ce patient a des séances signées, qui doivent être conservées : il ne peut donc pas être effacé. Rien n'a été supprimé. Anonymisez plutôt le patient : l'identité est supprimée et le dossier clinique conservé.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/template_snapshots.py" line="+63" />
            <source>This session was planned on the anatomical template “{template}” version {version}, which is no longer installed on this computer, and the database holds no copy of it, so its map cannot be shown or printed on the right outline. Install that template version again (copy its file into the templates folder, or reinstall the mesomap version it came with), then try again. Nothing was changed.</source>
            <translation>Cette séance a été planifiée sur le modèle anatomique « {template} » version {version}, qui n'est plus installé sur cet ordinateur, et la base de données n'en contient aucune copie : sa carte ne peut donc pas être affichée ni imprimée sur le bon contour. Réinstallez cette version du modèle (copiez son fichier dans le dossier des modèles, ou réinstallez la version de mesomap qui l'apportait), puis réessayez. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The copy of the anatomical template “{template}” version {version} stored with this session does not match the session's record (it was altered), and the installed template differs too, so its map cannot be shown or printed on the right outline. Restore the database from a backup, or install that exact template version again. Nothing was changed.</source>
            <translation>La copie du modèle anatomique « {template} » version {version} enregistrée avec cette séance ne correspond pas au dossier de la séance (elle a été modifiée), et le modèle installé est lui aussi différent : sa carte ne peut donc pas être affichée ni imprimée sur le bon contour. Restaurez la base de données à partir d'une sauvegarde, ou réinstallez exactement cette version du modèle. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/records_catalog.py" line="+109" />
            <source>This question is already in the checklist. Select it in the list to change it, or type a different question.</source>
            <translation>Cette question est déjà dans la liste des contre-indications. Sélectionnez-la dans la liste pour la modifier, ou saisissez une autre question.</translation>
        </message>
    </context>
</TS>
