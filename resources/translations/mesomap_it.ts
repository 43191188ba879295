<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>Accounts</name>
        <message>
            <location filename="../../mesomap/gui/accounts/backups.py" line="+60" />
            <source>This is a PostgreSQL database: back it up on the server with pg_dump (see docs/backup.md).</source>
            <translation>Questo è un database PostgreSQL: eseguitene il backup sul server con pg_dump (vedi docs/backup.md).</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Backup made and checked: %1</source>
            <translation>Backup eseguito e verificato: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This is a PostgreSQL database: restore it on the server with pg_restore (see docs/backup.md).</source>
            <translation>Questo è un database PostgreSQL: ripristinatelo sul server con pg_restore (vedi docs/backup.md).</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+12" />
            <source>Restore from backup</source>
            <translation>Ripristina da backup</translation>
        </message>
        <message>
            <location line="-11" />
            <source>mesomap backups (*.sqlite)</source>
            <translation>Backup di mesomap (*.sqlite)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Replace the current database with %1? Everything recorded after that backup is replaced (the current database is kept beside it). Close mesomap on other computers using it first.</source>
            <translation>Sostituire il database attuale con %1? Tutto ciò che è stato registrato dopo quel backup viene sostituito (il database attuale è conservato accanto). Chiudete prima mesomap sugli altri computer che lo usano.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The database was restored from %1. Log in again.</source>
            <translation>Il database è stato ripristinato da %1. Accedete di nuovo.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/accounts/patient_data.py" line="+59" />
            <source>Choose a patient in the list first.</source>
            <translation>Scegliete prima un paziente nell'elenco.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Readable PDF (*.pdf)</source>
            <translation>PDF leggibile (*.pdf)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export patient data</source>
            <translation>Esporta dati del paziente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>JSON files (*.json)</source>
            <translation>File JSON (*.json)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Patient data exported to %1</source>
            <translation>Dati del paziente esportati in %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Erase patient</source>
            <translation>Cancella paziente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Erase this patient and all their records for good? This cannot be undone. Backups keep them until rotation removes them.</source>
            <translation>Cancellare definitivamente questo paziente e tutte le sue registrazioni? Non si può annullare. I backup li conservano finché la rotazione non li elimina.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Anonymise patient</source>
            <translation>Rendi anonimo il paziente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This patient has signed records, which must be kept, so they cannot be erased. Anonymise instead (remove name, birth date and contact details, keep the clinical record)?</source>
            <translation>Questo paziente ha registrazioni firmate, che vanno conservate, quindi non può essere cancellato. Renderlo anonimo invece (rimuovere nome, data di nascita e recapiti, mantenere la cartella clinica)?</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The patient was erased.</source>
            <translation>Il paziente è stato cancellato.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The patient was anonymised.</source>
            <translation>Il paziente è stato reso anonimo.</translation>
        </message>
    </context>
    <context>
        <name>AccountsController</name>
        <message numerus="yes">
            <location filename="../../mesomap/gui/accounts/__init__.py" line="+148" />
            <source>The audit trail of this database was changed outside mesomap (%n entries affected). Tell the administrator: keep this database as it is and check it with 'mesomap audit --verify'.</source>
            <translation>
                <numerusform>Il registro di audit di questo database è stato modificato al di fuori di mesomap (%n voce interessata). Avvisate l'amministratore: conservate il database così com'è e verificatelo con 'mesomap audit --verify'.</numerusform>
                <numerusform>Il registro di audit di questo database è stato modificato al di fuori di mesomap (%n voci interessate). Avvisate l'amministratore: conservate il database così com'è e verificatelo con 'mesomap audit --verify'.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+45" />
            <source>Backup made and checked: %1</source>
            <translation>Backup eseguito e verificato: %1</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Demonstration: no login</source>
            <translation>Dimostrazione: nessun accesso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nobody logged in</source>
            <translation>Nessun utente connesso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Logged in: %1</source>
            <translation>Connesso: %1</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../mesomap/gui/actions.py" line="+51" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;Modifica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>&amp;Visualizza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Patient</source>
            <translation>&amp;Paziente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Session</source>
            <translation>&amp;Seduta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tools</source>
            <translation>S&amp;trumenti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>&amp;Aiuto</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Open database…</source>
            <translation>&amp;Apri database…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open another mesomap database file in a new window</source>
            <translation>Apri un altro file di database mesomap in una nuova finestra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;demonstration database</source>
            <translation>Apri il database &amp;dimostrativo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the demonstration database (fictional patients) in a new window</source>
            <translation>Apri il database dimostrativo (pazienti fittizi) in una nuova finestra</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close mesomap</source>
            <translation>Chiudi mesomap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Annulla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo the last change to the map</source>
            <translation>Annulla l'ultima modifica alla mappa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo</source>
            <translation>&amp;Ripeti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Redo the change just undone</source>
            <translation>Ripeti la modifica appena annullata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Find patient</source>
            <translation>&amp;Trova paziente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go to the patient search box</source>
            <translation>Vai alla casella di ricerca dei pazienti</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Se&amp;ttings…</source>
            <translation>Impo&amp;stazioni…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinic and workstation settings</source>
            <translation>Impostazioni dello studio e della postazione</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Full screen</source>
            <translation>&amp;Schermo intero</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the window on the whole screen</source>
            <translation>Mostra la finestra a tutto schermo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Refresh</source>
            <translation>A&amp;ggiorna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read the patient list again from the database</source>
            <translation>Rileggi l'elenco dei pazienti dal database</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Patient list</source>
            <translation>&amp;Elenco pazienti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show or hide the patient list</source>
            <translation>Mostra o nascondi l'elenco dei pazienti</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;New patient…</source>
            <translation>&amp;Nuovo paziente…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a patient record</source>
            <translation>Crea una cartella paziente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit patient…</source>
            <translation>&amp;Modifica paziente…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the selected patient's details</source>
            <translation>Modifica i dati del paziente selezionato</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;About mesomap</source>
            <translation>&amp;Informazioni su mesomap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Version and licences</source>
            <translation>Versione e licenze</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/printing/actions.py" line="+24" />
            <source>&amp;Print session sheet…</source>
            <translation>&amp;Stampa scheda della seduta…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print the current session's sheet</source>
            <translation>Stampa la scheda della seduta corrente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print pre&amp;view…</source>
            <translation>&amp;Anteprima di stampa…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See the session sheet as it will print</source>
            <translation>Vedi la scheda della seduta come verrà stampata</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Export sheet as PDF…</source>
            <translation>&amp;Esporta scheda in PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the session sheet as a PDF file</source>
            <translation>Salva la scheda della seduta come file PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print a &amp;day's sheets…</source>
            <translation>Stampa le schede di una &amp;giornata…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print or export every session sheet of a day</source>
            <translation>Stampa o esporta tutte le schede delle sedute di una giornata</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/accounts/__init__.py" line="-206" />
            <source>S&amp;witch user…</source>
            <translation>&amp;Cambia utente…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Let another person log in without closing mesomap</source>
            <translation>Consenti a un'altra persona di accedere senza chiudere mesomap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Lock</source>
            <translation>&amp;Blocca</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide patient data until someone logs in again</source>
            <translation>Nascondi i dati dei pazienti fino al prossimo accesso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Audit trail…</source>
            <translation>Registro di &amp;audit…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who did what and when, by patient, user and date</source>
            <translation>Chi ha fatto cosa e quando, per paziente, utente e data</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/accounts/backups.py" line="-93" />
            <source>&amp;Back up now</source>
            <translation>Esegui &amp;backup ora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make a checked copy of the database now</source>
            <translation>Esegui ora una copia verificata del database</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Ripristina da backup…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replace the database with a checked backup</source>
            <translation>Sostituisci il database con un backup verificato</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/accounts/patient_data.py" line="-126" />
            <source>E&amp;xport patient data…</source>
            <translation>E&amp;sporta dati del paziente…</translation>
        </message>
        <message>
            <source>Save the selected patient's complete record as a JSON file (access request)</source>
            <translation type="vanished">Salva la cartella completa del paziente selezionato in un file JSON (richiesta di accesso)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the selected patient's complete record as JSON or a readable PDF (access request)</source>
            <translation>Salva la cartella completa del paziente selezionato in JSON o in un PDF leggibile (richiesta di accesso)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>E&amp;rase patient…</source>
            <translation>Ca&amp;ncella paziente…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Erase the selected patient, or anonymise them if signed records must be kept</source>
            <translation>Cancella il paziente selezionato, o rendilo anonimo se le registrazioni firmate vanno conservate</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/records/controller.py" line="+24" />
            <source>Open &amp;record</source>
            <translation>Apri &amp;cartella</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The selected patient's courses, sessions and course plot</source>
            <translation>Cicli, sedute e grafico del ciclo del paziente selezionato</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Today</source>
            <translation>&amp;Oggi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The day's sessions per practitioner</source>
            <translation>Le sedute del giorno per operatore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Plan session…</source>
            <translation>&amp;Pianifica seduta…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan a session for the selected patient on a template</source>
            <translation>Pianifica una seduta per il paziente selezionato su un modello</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Protocol library…</source>
            <translation>Libreria dei &amp;protocolli…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The clinic's technique presets</source>
            <translation>Le tecniche predefinite dello studio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Products, &amp;lots and limits…</source>
            <translation>Prodotti, &amp;lotti e limiti…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Product catalogue, lots, limits and lot recall</source>
            <translation>Catalogo dei prodotti, lotti, limiti e richiamo dei lotti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contraindication &amp;checklist…</source>
            <translation>&amp;Lista delle controindicazioni…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The questions asked before every session</source>
            <translation>Le domande poste prima di ogni seduta</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/trainer/__init__.py" line="+165" />
            <source>&amp;Presenter view</source>
            <translation>Vista &amp;presentatore</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show injection playback full screen for a projector (fictional maps only)</source>
            <translation>Mostra la riproduzione delle iniezioni a schermo intero per un proiettore (solo mappe fittizie)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Play this patient's &amp;last map</source>
            <translation>Riproduci l'&amp;ultima mappa di questo paziente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Injection playback of the chosen fictional patient's latest session map, full screen (demonstration database only)</source>
            <translation>Riproduzione delle iniezioni dell'ultima mappa di seduta del paziente fittizio scelto, a schermo intero (solo database dimostrativo)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Technique diagrams</source>
            <translation>Schemi di &amp;tecnica</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Compare two injection techniques on a skin cross-section drawn to scale</source>
            <translation>Confronta due tecniche di iniezione su una sezione di cute in scala</translation>
        </message>
        <message>
            <location line="+3" />
            <source>P&amp;ractice exercise</source>
            <translation>E&amp;sercitazione pratica</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Let a trainee place papules and score the attempt</source>
            <translation>Fai posizionare i pomfi a un allievo e valuta il tentativo</translation>
        </message>
    </context>
    <context>
        <name>AdverseEventDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/perform.py" line="+254" />
            <source>Adverse event</source>
            <translation>Evento avverso</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. bruise, vasovagal reaction</source>
            <translation>ad es. ecchimosi, reazione vasovagale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Severity</source>
            <translation>&amp;Gravità</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mild</source>
            <translation>Lieve</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Moderate</source>
            <translation>Moderata</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Severe</source>
            <translation>Grave</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Onset date</source>
            <translation>Data di &amp;insorgenza</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Description</source>
            <translation>&amp;Descrizione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Action taken</source>
            <translation>&amp;Provvedimento adottato</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Reason for the amendment</source>
            <translation>&amp;Motivo della rettifica</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Say what happened (the kind of event).</source>
            <translation>Indicate cosa è successo (il tipo di evento).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the reason for the amendment.</source>
            <translation>Indicate il motivo della rettifica.</translation>
        </message>
    </context>
    <context>
        <name>Aftercare</name>
        <message>
            <location filename="../../mesomap/printing/aftercare.py" line="+21" />
            <source>Do not wash, rub or massage the treated area for 4 hours.</source>
            <translation>Non lavare, strofinare né massaggiare la zona trattata per 4 ore.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No make-up or creams on the treated area for 12 hours.</source>
            <translation>Niente trucco né creme sulla zona trattata per 12 ore.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No sauna, steam room, swimming pool or hot bath for 48 hours.</source>
            <translation>Niente sauna, bagno turco, piscina o bagno caldo per 48 ore.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No intense sport for 24 hours.</source>
            <translation>Niente sport intenso per 24 ore.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Avoid sun and tanning beds on the treated area for 48 hours.</source>
            <translation>Evitare il sole e le lampade abbronzanti sulla zona trattata per 48 ore.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Small bumps, slight redness or small bruises where the needle went in are common and usually fade within one to three days.</source>
            <translation>Piccoli rilievi, un lieve arrossamento o piccoli lividi nei punti di iniezione sono comuni e di solito scompaiono in uno-tre giorni.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the area becomes hot, very red, swollen or more painful after the first day;</source>
            <translation>la zona diventa calda, molto arrossata, gonfia o più dolorosa dopo il primo giorno;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>you have a fever, pus or a wound that does not heal;</source>
            <translation>avete febbre, pus o una ferita che non guarisce;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>you notice a rash, itching or any reaction you are worried about.</source>
            <translation>notate un'eruzione, prurito o qualsiasi reazione che vi preoccupa.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If you have difficulty breathing, swelling of the face or throat, or feel faint, call the emergency services at once.</source>
            <translation>Se avete difficoltà a respirare, gonfiore del viso o della gola, o vi sentite svenire, chiamate subito i soccorsi.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Aftercare after your treatment</source>
            <translation>Consigli dopo il trattamento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What was done today</source>
            <translation>Cosa è stato fatto oggi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date: %1</source>
            <translation>Data: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Areas treated: %1</source>
            <translation>Zone trattate: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number of small injections: %1</source>
            <translation>Numero di piccole iniezioni: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Products: %1</source>
            <translation>Prodotti: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Practitioner: %1</source>
            <translation>Operatore: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Advice from your clinic</source>
            <translation>Consigli del vostro studio</translation>
        </message>
        <message>
            <location line="+3" />
            <source>For the next 24 to 48 hours</source>
            <translation>Nelle prossime 24-48 ore</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Call the clinic if</source>
            <translation>Chiamate lo studio se</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your next appointment</source>
            <translation>Il vostro prossimo appuntamento</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not booked yet: please call the clinic.</source>
            <translation>Non ancora fissato: chiamate lo studio.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clinic</source>
            <translation>Studio</translation>
        </message>
    </context>
    <context>
        <name>AmendmentDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/signing.py" line="+89" />
            <source>Amend the signed session</source>
            <translation>Rettifica della seduta firmata</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The signed record stays as it is; the amendment is shown beside it.</source>
            <translation>La registrazione firmata resta invariata; la rettifica è mostrata accanto.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Reason</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Concerns</source>
            <translation>&amp;Riguarda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Actual papules or volumes</source>
            <translation>Pomfi o volumi effettivi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome measures</source>
            <translation>Misure di esito</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Checklist</source>
            <translation>Lista di controllo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other</source>
            <translation>Altro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Correction or addition</source>
            <translation>&amp;Correzione o aggiunta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Give the reason for the amendment.</source>
            <translation>Indicate il motivo della rettifica.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the correction or addition.</source>
            <translation>Scrivete la correzione o l'aggiunta.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../mesomap/app.py" line="+171" />
            <source>Opening the database… Before an update mesomap makes a safety copy first; with a large database this can take a few minutes.</source>
            <translation>Apertura del database… Prima di un aggiornamento mesomap fa una copia di sicurezza; con un database grande può richiedere alcuni minuti.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>mesomap could not open the database because of an unexpected problem. The details are in the log file.</source>
            <translation>mesomap non ha potuto aprire il database a causa di un problema imprevisto. I dettagli sono nel file di log.</translation>
        </message>
    </context>
    <context>
        <name>AuditViewer</name>
        <message>
            <location filename="../../mesomap/gui/accounts/audit_viewer.py" line="+47" />
            <source>Audit trail</source>
            <translation>Registro di audit</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+8" />
            <source>Patient number</source>
            <translation>Numero paziente</translation>
        </message>
        <message>
            <location line="-6" />
            <location line="+7" />
            <location line="+20" />
            <source>User</source>
            <translation>Utente</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Everyone</source>
            <translation>Tutti</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From</source>
            <translation>Dal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Until (inclusive)</source>
            <translation>Al (incluso)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dates</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Show</source>
            <translation>Mostra</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Audit entries</source>
            <translation>Voci di audit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record</source>
            <translation>Registrazione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number</source>
            <translation>Numero</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Patient</source>
            <translation>Paziente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>Dettagli</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Loading…</source>
            <translation>Caricamento…</translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>Entries: %n</source>
            <translation>
                <numerusform>Voci: %n</numerusform>
                <numerusform>Voci: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BatchPrintDialog</name>
        <message>
            <location filename="../../mesomap/gui/printing/batch_dialog.py" line="+46" />
            <location line="+1" />
            <source>Print a day's session sheets</source>
            <translation>Stampa le schede delle sedute di una giornata</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;From</source>
            <translation>&amp;Dal</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;To</source>
            <translation>&amp;Al</translation>
        </message>
        <message>
            <location line="+3" />
            <source>P&amp;ractitioner</source>
            <translation>&amp;Operatore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone</source>
            <translation>Tutti</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Paper</source>
            <translation>&amp;Carta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Scale</source>
            <translation>&amp;Scala</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Largest standard scale that fits</source>
            <translation>Scala standard più grande che entra nel foglio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Actual size (1:1), tiled when larger than the paper</source>
            <translation>Dimensione reale (1:1), in più fogli se più grande della carta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Output</source>
            <translation>&amp;Uscita</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One PDF with every sheet</source>
            <translation>Un PDF con tutte le schede</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One PDF per session, in a folder</source>
            <translation>Un PDF per seduta, in una cartella</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A printer</source>
            <translation>Una stampante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the patient's &amp;aftercare page</source>
            <translation>Aggiungi la pagina dei &amp;consigli per il paziente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add the patient's aftercare page</source>
            <translation>Aggiungi la pagina dei consigli per il paziente</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Start</source>
            <translation>&amp;Avvia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start</source>
            <translation>Avvia</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The last day is before the first day.</source>
            <translation>L'ultimo giorno è precedente al primo.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>There are no sessions to print on these days.</source>
            <translation>Non ci sono sedute da stampare in questi giorni.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Folder for the PDF files</source>
            <translation>Cartella per i file PDF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save the sheets as PDF</source>
            <translation>Salva le schede in PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF files (*.pdf)</source>
            <translation>File PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Printing sheets</source>
            <translation>Stampa delle schede</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Preparing %n sheet(s)…</source>
            <translation>
                <numerusform>Preparazione di %n scheda…</numerusform>
                <numerusform>Preparazione di %n schede…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n sheet(s) done.</source>
            <translation>
                <numerusform>%n scheda completata.</numerusform>
                <numerusform>%n schede completate.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancelled: the PDF was not written (files already finished are kept).</source>
            <translation>Annullato: il PDF non è stato scritto (i file già completati sono conservati).</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <location filename="../../mesomap/gui/canvas/actions.py" line="+17" />
            <source>Select and edit</source>
            <translation>Seleziona e modifica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select a region; drag it or its corners; double-click an edge to add a corner; M mirrors it.</source>
            <translation>Selezionate una regione; trascinatela o trascinate i suoi angoli; doppio clic su un lato per aggiungere un angolo; M la specchia.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Papules</source>
            <translation>Pomfi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click to add a papule, drag one to move it, drag on empty space to select; Delete removes, L locks.</source>
            <translation>Fate clic per aggiungere un pomfo, trascinatene uno per spostarlo, trascinate nello spazio vuoto per selezionare; Canc elimina, L blocca.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Polygon</source>
            <translation>Poligono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click the corners; double-click or Enter closes.</source>
            <translation>Fate clic sugli angoli; doppio clic o Invio per chiudere.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rectangle</source>
            <translation>Rettangolo</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>Drag across the area.</source>
            <translation>Trascinate sulla zona.</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Ellipse</source>
            <translation>Ellisse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Freehand</source>
            <translation>Mano libera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draw around the area with the button held down.</source>
            <translation>Disegnate intorno alla zona tenendo premuto il pulsante.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whole zone</source>
            <translation>Zona intera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click a named zone of the template.</source>
            <translation>Fate clic su una zona con nome del modello.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Line</source>
            <translation>Linea</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click points along a scar or tendon; double-click or Enter ends the line.</source>
            <translation>Fate clic su punti lungo una cicatrice o un tendine; doppio clic o Invio termina la linea.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Point with rings</source>
            <translation>Punto con anelli</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click the painful point.</source>
            <translation>Fate clic sul punto doloroso.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measure</source>
            <translation>Misura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click points for a distance; double-click closes an area.</source>
            <translation>Fate clic su punti per una distanza; il doppio clic chiude un'area.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/canvas/editing.py" line="+119" />
            <source>Region %1</source>
            <translation>Regione %1</translation>
        </message>
        <message>
            <location line="+52" />
            <source>%1 (mirrored)</source>
            <translation>%1 (specchiata)</translation>
        </message>
        <message>
            <location line="+108" />
            <source>Papules belong to a region: click inside a region, or draw one first.</source>
            <translation>I pomfi appartengono a una regione: fate clic dentro una regione, o disegnatene prima una.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/canvas/export.py" line="+37" />
            <source>The picture could not be written to %1; choose another folder.</source>
            <translation>Non è stato possibile scrivere l'immagine in %1; scegliete un'altra cartella.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The drawing could not be written to %1; choose another folder.</source>
            <translation>Non è stato possibile scrivere il disegno in %1; scegliete un'altra cartella.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/canvas/rules.py" line="+41" />
            <source>No papule here: this point is within {margin} cm of “{zone}”, a zone to avoid. Place it outside the red outline.</source>
            <translation>Nessun pomfo qui: questo punto è entro {margin} cm da «{zone}», una zona da evitare. Posizionatelo fuori dal contorno rosso.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In the caution zone “{zone}” (keep {margin} cm away): allowed, take care.</source>
            <translation>Nella zona di cautela «{zone}» (stare a {margin} cm): consentito, con attenzione.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Inside “{zone}” or its {margin} cm margin, a zone to avoid: move or delete this papule.</source>
            <translation>Dentro «{zone}» o nel suo margine di {margin} cm, una zona da evitare: spostate o eliminate questo pomfo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only {distance} cm from papule {other}: closer than the {spacing} cm spacing.</source>
            <translation>A soli {distance} cm dal pomfo {other}: più vicino della distanza di {spacing} cm.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/canvas/tools/draw.py" line="+98" />
            <source>A region needs at least three corners; click more points, then double-click.</source>
            <translation>Una regione richiede almeno tre angoli; fate clic su altri punti, poi doppio clic.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>That shape has no area; draw the region again.</source>
            <translation>Questa forma non ha area; disegnate di nuovo la regione.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>A line needs at least two points; click them, then double-click.</source>
            <translation>Una linea richiede almeno due punti; fate clic su di essi, poi doppio clic.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Drag across the area to draw the shape.</source>
            <translation>Trascinate sulla zona per disegnare la forma.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Draw around the area with the button held down to outline a region.</source>
            <translation>Disegnate intorno alla zona tenendo premuto il pulsante per delimitare una regione.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>There is no named zone here; click inside one of the dotted zones.</source>
            <translation>Qui non c'è una zona con nome; fate clic dentro una delle zone tratteggiate.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/canvas/undo.py" line="+67" />
            <source>Undo history</source>
            <translation>Cronologia delle modifiche</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map as opened</source>
            <translation>Mappa all'apertura</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Undo</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Redo</source>
            <translation>Ripeti</translation>
        </message>
    </context>
    <context>
        <name>ChecklistEditorDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/checklist_editor.py" line="+40" />
            <source>Contraindication checklist</source>
            <translation>Lista delle controindicazioni</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Questions</source>
            <translation>Domande</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Question</source>
            <translation>&amp;Domanda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Order</source>
            <translation>&amp;Ordine</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A “yes” stops the session from being marked performed</source>
            <translation>Un «sì» impedisce di segnare la seduta come eseguita</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Asked at every session</source>
            <translation>Posta a ogni seduta</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save question</source>
            <translation>Salva domanda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add as new question</source>
            <translation>Aggiungi come nuova domanda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 (no longer asked)</source>
            <translation>%1 (non più posta)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Type the question.</source>
            <translation>Scrivete la domanda.</translation>
        </message>
    </context>
    <context>
        <name>ClinicLimitsTab</name>
        <message>
            <location filename="../../mesomap/gui/records/clinic_limits.py" line="+40" />
            <source>Clinic limits</source>
            <translation>Limiti dello studio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only for the &amp;area</source>
            <translation>Solo per la &amp;zona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only for the &amp;indication (code)</source>
            <translation>Solo per l'&amp;indicazione (codice)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Max volume per session</source>
            <translation>Volume max per seduta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Max injections per session</source>
            <translation>Iniezioni max per seduta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Max minutes per session</source>
            <translation>Minuti max per seduta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Min days between sessions</source>
            <translation>Giorni min tra le sedute</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Max sessions per course</source>
            <translation>Sedute max per ciclo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save limit</source>
            <translation>Salva limite</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add as new limit</source>
            <translation>Aggiungi come nuovo limite</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Type a whole number.</source>
            <translation>Scrivete un numero intero.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Give the limit a name.</source>
            <translation>Date un nome al limite.</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/course_dialog.py" line="+213" />
            <source>Consent</source>
            <translation>Consenso</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Consent &amp;date</source>
            <translation>&amp;Data del consenso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Form version</source>
            <translation>Versione del &amp;modulo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Course</source>
            <translation>&amp;Ciclo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All of the patient's treatment</source>
            <translation>Tutto il trattamento del paziente</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Scope</source>
            <translation>&amp;Ambito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Withdrawn on</source>
            <translation>&amp;Revocato il</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A consent cannot be withdrawn before it was given.</source>
            <translation>Un consenso non può essere revocato prima di essere stato dato.</translation>
        </message>
    </context>
    <context>
        <name>CourseDialog</name>
        <message>
            <location line="-207" />
            <source>Treatment course</source>
            <translation>Ciclo di trattamento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit treatment course</source>
            <translation>Modifica ciclo di trattamento</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Indication</source>
            <translation>&amp;Indicazione</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Other indication (added to the list)</source>
            <translation>Altra indicazione (aggiunta all'elenco)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Area</source>
            <translation>&amp;Zona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Planned sessions</source>
            <translation>Sedute &amp;previste</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Interval, at least (days)</source>
            <translation>Intervallo, almeno (giorni)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interval, at most (days)</source>
            <translation>Intervallo, al massimo (giorni)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Started on</source>
            <translation>&amp;Iniziato il</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Record the patient's consent for this course</source>
            <translation>Registra il consenso del paziente per questo ciclo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consent date</source>
            <translation>Data del consenso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consent form version</source>
            <translation>Versione del modulo di consenso</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Saved meanwhile by someone else: %1</source>
            <translation>Salvato nel frattempo da qualcun altro: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A course usually has %1 to %2 sessions; other counts are allowed.</source>
            <translation>Un ciclo ha di solito da %1 a %2 sedute; sono consentiti altri numeri.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The longest interval cannot be shorter than the shortest.</source>
            <translation>L'intervallo più lungo non può essere più breve di quello più breve.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter the date the patient consented.</source>
            <translation>Inserite la data in cui il paziente ha dato il consenso.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Your changes are kept; values only the other person changed were taken over. Save again to store them.</source>
            <translation>Le vostre modifiche sono conservate; i valori cambiati solo dall'altra persona sono stati ripresi. Salvate di nuovo per memorizzarli.</translation>
        </message>
    </context>
    <context>
        <name>CoursePlot</name>
        <message>
            <location filename="../../mesomap/gui/records/course_plot.py" line="+25" />
            <location line="+5" />
            <source>Course plot</source>
            <translation>Grafico del ciclo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Days since the first session</source>
            <translation>Giorni dalla prima seduta</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+34" />
            <source>Papules</source>
            <translation>Pomfi</translation>
        </message>
        <message>
            <location line="-32" />
            <source>Volume (mL) · outcome scores</source>
            <translation>Volume (mL) · punteggi di esito</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Volume (mL)</source>
            <translation>Volume (mL)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Pain (0–10)</source>
            <translation>Dolore (0–10)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Circumference (cm)</source>
            <translation>Circonferenza (cm)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Score</source>
            <translation>Punteggio</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 d</source>
            <translation>%1 g</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <location filename="../../mesomap/commands/demo.py" line="+61" />
            <source>Preparing the demonstration database with fictional patients…</source>
            <translation>Preparazione del database dimostrativo con pazienti fittizi…</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../mesomap/gui/errors.py" line="+44" />
            <location line="+2" />
            <source>mesomap: error</source>
            <translation>mesomap: errore</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Something went wrong inside mesomap ({what}). What you were doing may not have finished; your saved records are not affected. The details are in the log file {path}. If it happens again, send that file to your support contact.</source>
            <translation>Si è verificato un problema in mesomap ({what}). Ciò che stavate facendo potrebbe non essere stato completato; le registrazioni salvate non sono toccate. I dettagli sono nel file di log {path}. Se accade di nuovo, inviate quel file al vostro supporto.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+2" />
            <source>mesomap: unexpected error</source>
            <translation>mesomap: errore imprevisto</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../mesomap/gui/trainer/export.py" line="+55" />
            <location line="+36" />
            <source>Export for slides</source>
            <translation>Esporta per diapositive</translation>
        </message>
        <message>
            <location line="-33" />
            <location line="+12" />
            <source>Width (pixels)</source>
            <translation>Larghezza (pixel)</translation>
        </message>
        <message>
            <location line="-10" />
            <location line="+11" />
            <source>Height (pixels)</source>
            <translation>Altezza (pixel)</translation>
        </message>
        <message>
            <location line="-4" />
            <location line="+5" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Images (*.png *.svg)</source>
            <translation>Immagini (*.png *.svg)</translation>
        </message>
    </context>
    <context>
        <name>LayersDialog</name>
        <message>
            <location filename="../../mesomap/gui/trainer/layers_dialog.py" line="+18" />
            <source>Skin layers: %1</source>
            <translation>Strati della cute: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Epidermis (mm)</source>
            <translation>Epidermide (mm)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Papillary dermis (mm)</source>
            <translation>Derma papillare (mm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reticular dermis (mm)</source>
            <translation>Derma reticolare (mm)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hypodermis (mm)</source>
            <translation>Ipoderma (mm)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Teaching values: the defaults follow the depth layers of mesotherapy teaching (epidermis to about 1 mm, superficial dermis 1–2 mm, deep dermis 2–4 mm, hypodermis 4–10 mm), scaled roughly per body area. Adjust them to your own reference.</source>
            <translation>Valori didattici: i valori predefiniti seguono gli strati di profondità dell'insegnamento della mesoterapia (epidermide fino a circa 1 mm, derma superficiale 1–2 mm, derma profondo 2–4 mm, ipoderma 4–10 mm), adattati a grandi linee per ogni area del corpo. Adattateli al vostro riferimento.</translation>
        </message>
    </context>
    <context>
        <name>Layout</name>
        <message>
            <location filename="../../mesomap/core/layout/geometry.py" line="+52" />
            <source>The region is empty; draw a region with an area first.</source>
            <translation>La regione è vuota; disegnate prima una regione con un'area.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The region has points with invalid coordinates; redraw the region.</source>
            <translation>La regione ha punti con coordinate non valide; ridisegnatela.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This pattern needs a region with an area (a polygon); draw an area or choose the line or rings pattern.</source>
            <translation>Questo schema richiede una regione con un'area (un poligono); disegnate un'area o scegliete lo schema a linea o ad anelli.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The region's outline crosses itself and cannot be repaired; redraw it.</source>
            <translation>Il contorno della regione si interseca e non può essere riparato; ridisegnatelo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The region's outline crossed itself and was repaired; check that the area is the one you meant.</source>
            <translation>Il contorno della regione si intersecava ed è stato riparato; controllate che l'area sia quella voluta.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The region has no area; draw a region with at least three corners.</source>
            <translation>La regione non ha area; disegnate una regione con almeno tre angoli.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A danger zone has a negative or invalid margin ({margin} cm); give it a margin of 0 cm or more.</source>
            <translation>Una zona di pericolo ha un margine negativo o non valido ({margin} cm); assegnatele un margine di 0 cm o più.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The margin must be 0 cm or more ({value} cm was given).</source>
            <translation>Il margine deve essere di 0 cm o più (indicati {value} cm).</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/layout/nappage.py" line="+36" />
            <source>The nappage {what} must be a number of zero or more ({value} was given).</source>
            <translation>Il parametro di nappage {what} deve essere un numero maggiore o uguale a zero (indicato {value}).</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The nappage area must be zero or more square centimetres.</source>
            <translation>L'area di nappage deve essere maggiore o uguale a zero centimetri quadrati.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/layout/order.py" line="+35" />
            <location filename="../../mesomap/core/layout/planner.py" line="+386" />
            <source>Unknown starting corner '{corner}'; choose top_left, top_right, bottom_left or bottom_right.</source>
            <translation>Angolo di partenza sconosciuto '{corner}'; scegliete top_left, top_right, bottom_left o bottom_right.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/layout/patterns.py" line="+73" />
            <source>The line pattern needs a line; draw a line along the treatment path.</source>
            <translation>Lo schema a linea richiede una linea; disegnate una linea lungo il percorso di trattamento.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The line is empty or invalid; draw the line again.</source>
            <translation>La linea è vuota o non valida; ridisegnatela.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The rings pattern needs a centre point; click the painful point.</source>
            <translation>Lo schema ad anelli richiede un punto centrale; fate clic sul punto doloroso.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The number of rings must be between 0 and 200 ({count} was given).</source>
            <translation>Il numero di anelli deve essere tra 0 e 200 (indicato {count}).</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/layout/planner.py" line="-299" />
            <source>The {what} papules must be pairs of finite x, y coordinates in cm.</source>
            <translation>I pomfi {what} devono essere coppie di coordinate x, y finite in cm.</translation>
        </message>
        <message>
            <location line="+266" />
            <source>No papule fits: the margin and the danger zones leave no room in this region.</source>
            <translation>Nessun pomfo trova posto: il margine e le zone di pericolo non lasciano spazio in questa regione.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Unknown pattern '{pattern}'; choose auto, hex, square, line or rings.</source>
            <translation>Schema sconosciuto '{pattern}'; scegliete auto, hex, square, line o rings.</translation>
        </message>
        <message>
            <location line="+65" />
            <location filename="../../mesomap/core/surface/layout.py" line="+384" />
            <source>Some papules placed by hand lie outside the area allowed by the margin and the danger zones; they were kept and are flagged.</source>
            <translation>Alcuni pomfi posizionati a mano sono fuori dall'area consentita dal margine e dalle zone di pericolo; sono stati mantenuti e segnalati.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Some papules placed by hand are closer to each other than the spacing.</source>
            <translation>Alcuni pomfi posizionati a mano sono più vicini tra loro della distanza prevista.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/layout/types.py" line="+62" />
            <source>The spacing must be between {low} and {high} cm ({value} cm was given); enter a spacing in that range.</source>
            <extracomment>The engine accepts spacings in this range (intra-epidermal lines to pain maps). What is *unusual* for a technique is the protocol preset's business, not the engine's. A danger zone or other excluded geometry, alone (margin 0) or with its margin in cm.</extracomment>
            <translation>La distanza deve essere tra {low} e {high} cm (indicati {value} cm); inserite una distanza in questo intervallo.</translation>
        </message>
        <message>
            <source>The layout follows the skin surface; it is not shifted between the previous session's papules.</source>
            <extracomment>runs in order of usefulness: fronts (exact on developable surfaces), greedy rasters (best on the face), (kind, row angle, seed index)</extracomment>
            <translation type="vanished">La disposizione segue la superficie cutanea; non è sfalsata tra i pomfi della seduta precedente.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/surface/layout.py" line="-17" />
            <source>While dragging, the layout follows the skin surface without the shift between the previous session's papules; it is shifted when you release.</source>
            <extracomment>patterns laid out on the skin; ``square`` (a deliberate square grid, e.g. pain maps) stays the planar engine's square lattice: its skin distances are never shorter than the picture's (a chord is at least its picture projection), so the spacing still holds on the skin runs in order of usefulness: fronts (exact on developable surfaces), greedy rasters (best on the face), (kind, row angle, seed index)</extracomment>
            <translation>Durante il trascinamento la disposizione segue la superficie cutanea senza lo sfalsamento tra i pomfi della seduta precedente; viene sfalsata al rilascio.</translation>
        </message>
    </context>
    <context>
        <name>LocaleFormat</name>
        <message>
            <location filename="../../mesomap/core/localeformat.py" line="+126" />
            <source>Enter a number.</source>
            <translation>Inserite un numero.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+28" />
            <source>“{text}” is not a number. Example: {example}.</source>
            <translation>«{text}» non è un numero. Esempio: {example}.</translation>
        </message>
        <message>
            <location line="-21" />
            <source>“{text}” is ambiguous: write the number without thousands separators, with “{decimal}” before the decimals.</source>
            <translation>«{text}» è ambiguo: scrivete il numero senza separatori delle migliaia, con «{decimal}» prima dei decimali.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“{text}” has a space or thousands separator: write the number in one piece, with “{decimal}” before the decimals.</source>
            <translation>«{text}» contiene uno spazio o un separatore delle migliaia: scrivete il numero tutto attaccato, con «{decimal}» prima dei decimali.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>“{text}” is not a number.</source>
            <translation>«{text}» non è un numero.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>A volume cannot be negative.</source>
            <translation>Un volume non può essere negativo.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A length cannot be negative.</source>
            <translation>Una lunghezza non può essere negativa.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Enter a date.</source>
            <translation>Inserite una data.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{text}” is not a date. Example: {example}.</source>
            <translation>«{text}» non è una data. Esempio: {example}.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Write the year with four digits, for example {example}.</source>
            <translation>Scrivete l'anno con quattro cifre, per esempio {example}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>“{text}” is not a day of the calendar.</source>
            <translation>«{text}» non è un giorno del calendario.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/fields.py" line="+216" />
            <source>The value must be at least {minimum}.</source>
            <translation>Il valore deve essere almeno {minimum}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The value must be at most {maximum}.</source>
            <translation>Il valore deve essere al massimo {maximum}.</translation>
        </message>
    </context>
    <context>
        <name>LockOverlay</name>
        <message>
            <location filename="../../mesomap/gui/accounts/lock.py" line="+71" />
            <source>mesomap is locked</source>
            <translation>mesomap è bloccato</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Patient data is hidden. Log in to continue: your unsaved work is kept. Another person may log in with their own account.</source>
            <translation>I dati dei pazienti sono nascosti. Accedete per continuare: il lavoro non salvato è conservato. Un'altra persona può accedere con il proprio account.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>Unlock</source>
            <translation>Sblocca</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../mesomap/gui/accounts/dialogs.py" line="+92" />
            <source>Log in to mesomap</source>
            <translation>Accesso a mesomap</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>Log in</source>
            <translation>Accedi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
    </context>
    <context>
        <name>LoginForm</name>
        <message>
            <location line="-61" />
            <location line="+8" />
            <source>Login name</source>
            <translation>Nome utente</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+6" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Checking…</source>
            <translation>Verifica…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../mesomap/gui/main_window.py" line="+94" />
            <source>mesomap main window</source>
            <translation>Finestra principale di mesomap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Main toolbar</source>
            <translation>Barra degli strumenti principale</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Patients</source>
            <translation>Pazienti</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Start page</source>
            <translation>Pagina iniziale</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a patient in the list, or create one with Patient ▸ New patient.
The patient's record and maps will open here.</source>
            <translation>Scegliete un paziente nell'elenco, o createne uno con Paziente ▸ Nuovo paziente.
La cartella e le mappe del paziente si apriranno qui.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>DEMO: fictional patients</source>
            <translation>DEMO: pazienti fittizi</translation>
        </message>
        <message>
            <location line="+44" />
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Patient saved.</source>
            <translation>Paziente salvato.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Open a mesomap database</source>
            <translation>Apri un database mesomap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>mesomap databases (*.sqlite *.db);;All files (*)</source>
            <translation>Database mesomap (*.sqlite *.db);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>The settings window is not available yet.</source>
            <translation type="vanished">La finestra delle impostazioni non è ancora disponibile.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>About mesomap</source>
            <translation>Informazioni su mesomap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>mesomap %1

Plans and records mesotherapy injection maps on real-scale anatomical templates. mesomap records your clinic's protocols; it never recommends a dose of its own.</source>
            <translation>mesomap %1

Pianifica e registra mappe di iniezione di mesoterapia su modelli anatomici in scala reale. mesomap registra i protocolli del vostro studio; non raccomanda mai una dose di propria iniziativa.</translation>
        </message>
    </context>
    <context>
        <name>MapCanvas</name>
        <message>
            <location filename="../../mesomap/gui/canvas/canvas.py" line="+66" />
            <source>Map canvas</source>
            <translation>Area della mappa</translation>
        </message>
        <message numerus="yes">
            <location line="+161" />
            <source>≈ %n injection(s)</source>
            <translation>
                <numerusform>≈ %n iniezione</numerusform>
                <numerusform>≈ %n iniezioni</numerusform>
            </translation>
        </message>
        <message>
            <location line="+112" />
            <source>Hand-placed papules</source>
            <translation>Pomfi posizionati a mano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“%1” has papules you placed by hand. Keep them where they are while the rest is laid out again?</source>
            <translation>«%1» ha pomfi posizionati a mano. Mantenerli dove sono mentre il resto viene ridisposto?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep them</source>
            <translation>Mantienili</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lay them out too</source>
            <translation>Ridisponi anche quelli</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Papule %1 of “%2”</source>
            <translation>Pomfo %1 di «%2»</translation>
        </message>
        <message>
            <location line="+13" />
            <source>avoid</source>
            <translation>da evitare</translation>
        </message>
        <message>
            <location line="+0" />
            <source>caution</source>
            <translation>cautela</translation>
        </message>
    </context>
    <context>
        <name>MapDocument</name>
        <message>
            <location filename="../../mesomap/core/document/serialize.py" line="+47" />
            <source>The map could not be read because it is damaged or was written by a newer mesomap. Open an earlier copy or update mesomap.</source>
            <translation>Non è stato possibile leggere la mappa perché è danneggiata o scritta da una versione più recente di mesomap. Aprite una copia precedente o aggiornate mesomap.</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <location filename="../../mesomap/gui/canvas/view.py" line="+58" />
            <source>Map canvas</source>
            <translation>Area della mappa</translation>
        </message>
    </context>
    <context>
        <name>MixtureEditor</name>
        <message>
            <location filename="../../mesomap/gui/records/mixture.py" line="+41" />
            <location line="+35" />
            <source>Product</source>
            <translation>Prodotto</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Lot</source>
            <translation>Lotto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Volume per papule</source>
            <translation>Volume per pomfo</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Lot (expiry)</source>
            <translation>Lotto (scadenza)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>mL per papule</source>
            <translation>mL per pomfo</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Add product</source>
            <translation>Aggiungi prodotto</translation>
        </message>
        <message>
            <location line="+62" />
            <source>%1 (until %2)</source>
            <translation>%1 (fino al %2)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>This lot has expired.</source>
            <translation>Questo lotto è scaduto.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose a product and one of its lots.</source>
            <translation>Scegliete un prodotto e uno dei suoi lotti.</translation>
        </message>
    </context>
    <context>
        <name>PatientDialog</name>
        <message>
            <location filename="../../mesomap/gui/patient_dialog.py" line="+82" />
            <source>New patient</source>
            <translation>Nuovo paziente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit patient</source>
            <translation>Modifica paziente</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Family name</source>
            <translation>&amp;Cognome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Given name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Birth date</source>
            <translation>Data di &amp;nascita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sex</source>
            <translation>&amp;Sesso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not stated</source>
            <translation>Non indicato</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Female</source>
            <translation>Femminile</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Male</source>
            <translation>Maschile</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other</source>
            <translation>Altro</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File &amp;number</source>
            <translation>&amp;Numero cartella</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone</source>
            <translation>&amp;Telefono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-&amp;mail</source>
            <translation>E-&amp;mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Address</source>
            <translation>&amp;Indirizzo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;llergies</source>
            <translation>A&amp;llergie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Contraindications</source>
            <translation>&amp;Controindicazioni</translation>
        </message>
        <message>
            <location line="+2" />
            <source>N&amp;otes</source>
            <translation>N&amp;ote</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Enter the patient's family name.</source>
            <translation>Inserite il cognome del paziente.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The birth date is in the future. Check the year.</source>
            <translation>La data di nascita è nel futuro. Controllate l'anno.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The birth date is before 1900. Check the year.</source>
            <translation>La data di nascita è anteriore al 1900. Controllate l'anno.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is not an e-mail address (name@example.org). Leave it empty if unknown.</source>
            <translation>Questo non è un indirizzo e-mail (nome@example.org). Lasciate vuoto se non noto.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Someone else</source>
            <translation>Qualcun altro</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 changed this patient on %2 while you were editing. Your changes were not saved and are still in the form.</source>
            <translation>%1 ha modificato questo paziente il %2 mentre lo stavate modificando. Le vostre modifiche non sono state salvate e sono ancora nel modulo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 changed this patient while you were editing. Your changes were not saved and are still in the form.</source>
            <translation>%1 ha modificato questo paziente mentre lo stavate modificando. Le vostre modifiche non sono state salvate e sono ancora nel modulo.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Their version: %1</source>
            <translation>La sua versione: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(empty)</source>
            <translation>(vuoto)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Their changes to %1 were added to the form.</source>
            <translation>Le sue modifiche a %1 sono state aggiunte al modulo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>You both changed %1: your text is kept and theirs is shown under the field.</source>
            <translation>Avete modificato entrambi %1: il vostro testo è mantenuto e il suo è mostrato sotto il campo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check the form, then press Save again, or Cancel to keep their version.</source>
            <translation>Controllate il modulo, poi premete di nuovo Salva, o Annulla per mantenere la sua versione.</translation>
        </message>
    </context>
    <context>
        <name>PatientFit</name>
        <message>
            <location filename="../../mesomap/core/templates/fit.py" line="+83" />
            <source>Enter at least one measurement to fit the template.</source>
            <translation>Inserite almeno una misura per adattare il modello.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This template has no measurement named</source>
            <translation>Questo modello non ha una misura chiamata</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A measurement must be a positive length in cm:</source>
            <translation>Una misura deve essere una lunghezza positiva in cm:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The measurement is too far from the template's size to be right; check that it is in centimetres and taken between the right points:</source>
            <translation>La misura è troppo lontana dalla dimensione del modello per essere corretta; controllate che sia in centimetri e presa tra i punti giusti:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Give only one measurement per direction (width or height).</source>
            <translation>Indicate una sola misura per direzione (larghezza o altezza).</translation>
        </message>
        <message>
            <location line="+64" />
            <source>A template can be scaled between 0.5 and 2 times only.</source>
            <translation>Un modello può essere scalato solo tra 0,5 e 2 volte.</translation>
        </message>
    </context>
    <context>
        <name>PatientListPanel</name>
        <message>
            <location filename="../../mesomap/gui/patient_list.py" line="+153" />
            <source>Search patients</source>
            <translation>Cerca pazienti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search by name, birth date or file number</source>
            <translation>Cerca per nome, data di nascita o numero di cartella</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Patients</source>
            <translation>Pazienti</translation>
        </message>
        <message numerus="yes">
            <location line="+70" />
            <source>First %n patients shown; type more to narrow the search.</source>
            <translation>
                <numerusform>Sono mostrati i primi %n pazienti; scrivete altro per restringere la ricerca.</numerusform>
                <numerusform>Sono mostrati i primi %n pazienti; scrivete altro per restringere la ricerca.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Patients found: %n</source>
            <translation>
                <numerusform>Pazienti trovati: %n</numerusform>
                <numerusform>Pazienti trovati: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Patients: %n</source>
            <translation>
                <numerusform>Pazienti: %n</numerusform>
                <numerusform>Pazienti: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PatientRecord</name>
        <message>
            <location filename="../../mesomap/printing/patient_record.py" line="+65" />
            <source>Exported on {when} by {who} for a data-access request. The JSON export holds the same record in full (including every papule position).</source>
            <translation>Esportato il {when} da {who} per una richiesta di accesso ai dati. L'esportazione JSON contiene la stessa cartella completa (compresa la posizione di ogni pomfo).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>None recorded.</source>
            <translation>Nessuno registrato.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient record</source>
            <translation>Cartella del paziente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DEMO — fictional data, not a clinical record</source>
            <translation>DEMO — dati fittizi, non una cartella clinica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identity</source>
            <translation>Identità</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family name</source>
            <translation>Cognome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Birth date</source>
            <translation>Data di nascita</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sex</source>
            <translation>Sesso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient number</source>
            <translation>Numero paziente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Indirizzo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Allergies</source>
            <translation>Allergie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contraindications</source>
            <translation>Controindicazioni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Anonymised</source>
            <translation>Reso anonimo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record created</source>
            <translation>Cartella creata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Valore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents</source>
            <translation>Consensi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scope</source>
            <translation>Ambito</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Form</source>
            <translation>Modulo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Taken by</source>
            <translation>Raccolto da</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn</source>
            <translation>Revocato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Treatment courses</source>
            <translation>Cicli di trattamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>Zona</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Practitioner</source>
            <translation>Operatore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned sessions</source>
            <translation>Sedute previste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interval (days)</source>
            <translation>Intervallo (giorni)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started</source>
            <translation>Iniziato</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Closed</source>
            <translation>Chiuso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions</source>
            <translation>Sedute</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Course</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>session</source>
            <translation>seduta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Performed</source>
            <translation>Eseguita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancellation reason</source>
            <translation>Motivo dell'annullamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned regions</source>
            <translation>Regioni previste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region</source>
            <translation>Regione</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Technique</source>
            <translation>Tecnica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Product</source>
            <translation>Prodotto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lot</source>
            <translation>Lotto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volume per papule</source>
            <translation>Volume per pomfo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papules planned</source>
            <translation>Pomfi previsti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papules performed</source>
            <translation>Pomfi eseguiti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total volume</source>
            <translation>Volume totale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checklist answers</source>
            <translation>Risposte alla lista di controllo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Question</source>
            <translation>Domanda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answer</source>
            <translation>Risposta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answered by</source>
            <translation>Risposto da</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adverse events</source>
            <translation>Eventi avversi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Onset</source>
            <translation>Insorgenza</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Severity</source>
            <translation>Gravità</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>Seduta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Descrizione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action taken</source>
            <translation>Provvedimento adottato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded by</source>
            <translation>Registrato da</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome measures</source>
            <translation>Misure di esito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measured</source>
            <translation>Misurato</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Measure</source>
            <translation>Misura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amendments</source>
            <translation>Rettifiche</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Author</source>
            <translation>Autore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Content</source>
            <translation>Contenuto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signatures</source>
            <translation>Firme</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Signed</source>
            <translation>Firmata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signer</source>
            <translation>Firmatario</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Meaning</source>
            <translation>Significato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Digest (SHA-256)</source>
            <translation>Impronta (SHA-256)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit entries about this patient</source>
            <translation>Voci di audit su questo paziente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <location line="+0" />
            <source>User</source>
            <translation>Utente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record</source>
            <translation>Registrazione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Dettagli</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows in this export</source>
            <translation>Righe di questa esportazione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Table</source>
            <translation>Tabella</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rows</source>
            <translation>Righe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Page {n} of {m}</source>
            <translation>Pagina {n} di {m}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient data export — confidential</source>
            <translation>Esportazione dei dati del paziente — riservato</translation>
        </message>
        <message>
            <location line="+4" />
            <source>planned</source>
            <translation>prevista</translation>
        </message>
        <message>
            <location line="+1" />
            <source>checked in</source>
            <translation>arrivato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>performed</source>
            <translation>eseguita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>signed</source>
            <translation>firmata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>annullata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no-show</source>
            <translation>assente</translation>
        </message>
    </context>
    <context>
        <name>PatientRecordView</name>
        <message>
            <location filename="../../mesomap/gui/records/patient_record.py" line="+56" />
            <source>Patient record</source>
            <translation>Cartella del paziente</translation>
        </message>
        <message>
            <location line="+27" />
            <location line="+2" />
            <source>Consents</source>
            <translation>Consensi</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+26" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Form</source>
            <translation>Modulo</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+26" />
            <source>Course</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Taken by</source>
            <translation>Raccolto da</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Withdrawn</source>
            <translation>Revocato</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record consent…</source>
            <translation>Registra consenso…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit or withdraw…</source>
            <translation>Modifica o revoca…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+2" />
            <source>Treatment courses</source>
            <translation>Cicli di trattamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indication</source>
            <translation>Indicazione</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Area</source>
            <translation>Zona</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+11" />
            <location line="+2" />
            <source>Sessions</source>
            <translation>Sedute</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Interval</source>
            <translation>Intervallo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next due</source>
            <translation>Prossima scadenza</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Warnings</source>
            <translation>Avvisi</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New course…</source>
            <translation>Nuovo ciclo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit course…</source>
            <translation>Modifica ciclo…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>State</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Papules</source>
            <translation>Pomfi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Days since previous</source>
            <translation>Giorni dalla precedente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Plan session…</source>
            <translation>Pianifica seduta…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open session</source>
            <translation>Apri seduta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeat as next session</source>
            <translation>Ripeti come prossima seduta</translation>
        </message>
        <message>
            <location line="+65" />
            <source>birth date not recorded</source>
            <translation>data di nascita non registrata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 %2 — %3</source>
            <translation>%1 %2 — %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Allergies: %1</source>
            <translation>Allergie: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contraindications: %1</source>
            <translation>Controindicazioni: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No allergies or contraindications recorded.</source>
            <translation>Nessuna allergia o controindicazione registrata.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>all treatment</source>
            <translation>tutto il trattamento</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 to %2</source>
            <translation>dal %1 al %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2</source>
            <translation>%1 di %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1–%2 days</source>
            <translation>%1–%2 giorni</translation>
        </message>
    </context>
    <context>
        <name>PatientTableModel</name>
        <message>
            <location filename="../../mesomap/gui/patient_list.py" line="-147" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Birth date</source>
            <translation>Data di nascita</translation>
        </message>
        <message>
            <location line="+0" />
            <source>File no.</source>
            <translation>N. cartella</translation>
        </message>
    </context>
    <context>
        <name>PerformDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/perform.py" line="-236" />
            <source>Contraindication checklist and performing</source>
            <translation>Lista delle controindicazioni ed esecuzione</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Contraindication checklist (answer every question)</source>
            <translation>Lista delle controindicazioni (rispondete a ogni domanda)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Yes</source>
            <translation>Sì</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not applicable</source>
            <translation>Non pertinente</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+1" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Actually performed</source>
            <translation>Effettivamente eseguito</translation>
        </message>
        <message>
            <location line="+9" />
            <source>papules</source>
            <translation>pomfi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papules performed in %1</source>
            <translation>Pomfi eseguiti in %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Volume of %1</source>
            <translation>Volume di %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Outcome measures</source>
            <translation>Misure di esito</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pain score (0–10)</source>
            <translation>Punteggio del dolore (0–10)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Circumference (cm)</source>
            <translation>Circonferenza (cm)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where measured</source>
            <translation>Punto di misura</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other score</source>
            <translation>Altro punteggio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other score's name</source>
            <translation>Nome dell'altro punteggio</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <source>Save checklist</source>
            <translation>Salva lista</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Mark performed</source>
            <translation>Segna come eseguita</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
    </context>
    <context>
        <name>PlanSessionDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/plan_dialog.py" line="+39" />
            <source>Plan a session</source>
            <translation>Pianifica una seduta</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Date</source>
            <translation>&amp;Data</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Time</source>
            <translation>&amp;Ora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Course</source>
            <translation>&amp;Ciclo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no course)</source>
            <translation>(nessun ciclo)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No template chosen</source>
            <translation>Nessun modello scelto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose…</source>
            <translation>Scegli…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose template</source>
            <translation>Scegli modello</translation>
        </message>
        <message>
            <location line="+3" />
            <source>T&amp;emplate</source>
            <translation>&amp;Modello</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient fit (scale)</source>
            <translation>Adattamento al paziente (scala)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Notes</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The practitioner chooses the template.</source>
            <translation>L'operatore sceglie il modello.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>This is earlier than the course's shortest interval (%1 days): next due from %2.</source>
            <translation>È prima dell'intervallo più breve del ciclo (%1 giorni): prossima scadenza dal %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The course already has its %1 planned sessions; this one goes beyond the plan.</source>
            <translation>Il ciclo ha già le sue %1 sedute previste; questa va oltre il piano.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose the template the map is drawn on.</source>
            <translation>Scegliete il modello su cui è disegnata la mappa.</translation>
        </message>
    </context>
    <context>
        <name>PlaybackView</name>
        <message>
            <location filename="../../mesomap/gui/trainer/playback.py" line="+139" />
            <source>Injection playback</source>
            <translation>Riproduzione delle iniezioni</translation>
        </message>
        <message>
            <location line="+144" />
            <source>Injections %1 / %2</source>
            <translation>Iniezioni %1 / %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Volume %1</source>
            <translation>Volume %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Speed %1×</source>
            <translation>Velocità %1×</translation>
        </message>
    </context>
    <context>
        <name>PracticeWindow</name>
        <message>
            <location filename="../../mesomap/gui/trainer/practice.py" line="+59" />
            <source>mesomap — practice exercise (DEMO)</source>
            <translation>mesomap — esercitazione pratica (DEMO)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Place papules by hand</source>
            <translation>Posiziona i pomfi a mano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draw the region and adjust</source>
            <translation>Disegna la regione e regola</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+31" />
            <source>Trainee</source>
            <translation>Allievo</translation>
        </message>
        <message>
            <location line="-30" />
            <source>Template</source>
            <translation>Modello</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zone</source>
            <translation>Zona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technique</source>
            <translation>Tecnica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mode</source>
            <translation>Modalità</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Show hints while placing</source>
            <translation>Mostra i suggerimenti durante il posizionamento</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New exercise</source>
            <translation>Nuovo esercizio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>Punteggio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the automatic layout</source>
            <translation>Mostra la disposizione automatica</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save attempt</source>
            <translation>Salva tentativo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export…</source>
            <translation>Esporta…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Rank</source>
            <translation>Posizione</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mark</source>
            <translation>Voto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rules broken</source>
            <translation>Regole violate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papules</source>
            <translation>Pomfi</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Attempts</source>
            <translation>Tentativi</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Attempts at this exercise</source>
            <translation>Tentativi di questo esercizio</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Place the papules, then press Score. Spacing: %1 cm.</source>
            <translation>Posizionate i pomfi, poi premete Valuta. Distanza: %1 cm.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>On the map: red marks a broken rule, orange a caution zone, a grey dashed ring a papule off the zone, violet the area farther than 0.65 × spacing from any papule.</source>
            <translation>Sulla mappa: il rosso indica una regola violata, l'arancione una zona di cautela, un anello grigio tratteggiato un pomfo fuori zona, il viola l'area più lontana di 0,65 × la distanza da ogni pomfo.</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Type the trainee's name first, then save the attempt.</source>
            <translation>Scrivete prima il nome dell'allievo, poi salvate il tentativo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The attempt could not be saved. Check that the user data folder can be written.</source>
            <translation>Non è stato possibile salvare il tentativo. Controllate che la cartella dei dati utente sia scrivibile.</translation>
        </message>
    </context>
    <context>
        <name>PresenterView</name>
        <message>
            <location filename="../../mesomap/gui/trainer/presenter.py" line="+44" />
            <source>mesomap — presenter view (DEMO)</source>
            <translation>mesomap — vista presentatore (DEMO)</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Template</source>
            <translation>Modello</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zones</source>
            <translation>Zone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technique</source>
            <translation>Tecnica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pattern</source>
            <translation>Schema</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Restart</source>
            <translation>Ricomincia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>◀ Back</source>
            <translation>◀ Indietro</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+81" />
            <source>▶ Play</source>
            <translation>▶ Riproduci</translation>
        </message>
        <message>
            <location line="-80" />
            <source>Step ▶</source>
            <translation>Passo ▶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Slower</source>
            <translation>Più lento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Faster</source>
            <translation>Più veloce</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Techniques</source>
            <translation>Tecniche</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export…</source>
            <translation>Esporta…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave</source>
            <translation>Esci</translation>
        </message>
        <message>
            <location line="+47" />
            <source>The session's map</source>
            <translation>La mappa della seduta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Main zones</source>
            <translation>Zone principali</translation>
        </message>
        <message>
            <location line="+27" />
            <source>❚❚ Pause</source>
            <translation>❚❚ Pausa</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../mesomap/printing/batch.py" line="+89" />
            <source>The folder {folder} does not exist. Choose an existing folder.</source>
            <translation>La cartella {folder} non esiste. Scegliete una cartella esistente.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>mesomap cannot write in {folder}. Choose a folder you may write to.</source>
            <translation>mesomap non può scrivere in {folder}. Scegliete una cartella in cui potete scrivere.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>There are no sessions to print.</source>
            <translation>Non ci sono sedute da stampare.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/printing/session_print.py" line="+46" />
            <source>The sheet could not be printed. The details are in the log file.</source>
            <translation>Non è stato possibile stampare la scheda. I dettagli sono nel file di log.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/printing/actions.py" line="+47" />
            <source>Log in first: sheets show patient data and print only for a logged-in user.</source>
            <translation>Accedete prima: le schede mostrano dati dei pazienti e si stampano solo per un utente connesso.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Open a session first: there is no session to print.</source>
            <translation>Aprite prima una seduta: non c'è nessuna seduta da stampare.</translation>
        </message>
    </context>
    <context>
        <name>ProductsDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/catalog_dialogs.py" line="+140" />
            <source>Products, lots and limits</source>
            <translation>Prodotti, lotti e limiti</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sections</source>
            <translation>Sezioni</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Products and lots</source>
            <translation>Prodotti e lotti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lot recall</source>
            <translation>Richiamo del lotto</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clinic limits</source>
            <translation>Limiti dello studio</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Scroll the tabs left</source>
            <translation>Scorri le schede a sinistra</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Scroll the tabs right</source>
            <translation>Scorri le schede a destra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Products</source>
            <translation>Prodotti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Actives</source>
            <translation>Principi &amp;attivi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Max volume per session</source>
            <translation>Volume max per seduta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Max injections per session</source>
            <translation>Iniezioni max per seduta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Min days between sessions</source>
            <translation>Giorni min tra le sedute</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Max sessions per course</source>
            <translation>Sedute max per ciclo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save product</source>
            <translation>Salva prodotto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add as new product</source>
            <translation>Aggiungi come nuovo prodotto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lots</source>
            <translation>Lotti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lot</source>
            <translation>Lotto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Expiry</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+34" />
            <source>State</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location line="-29" />
            <source>New lot &amp;number</source>
            <translation>&amp;Numero del nuovo lotto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Expiry date</source>
            <translation>Data di &amp;scadenza</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add lot</source>
            <translation>Aggiungi lotto</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Lot to recall</source>
            <translation>Lotto da richiamare</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include planned sessions</source>
            <translation>Includi le sedute previste</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Find patients</source>
            <translation>Trova pazienti</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Patients who received the lot</source>
            <translation>Pazienti che hanno ricevuto il lotto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient</source>
            <translation>Paziente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>Seduta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regions</source>
            <translation>Regioni</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Planned</source>
            <translation>Prevista</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Given</source>
            <translation>Somministrato</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Expired: refused</source>
            <translation>Scaduto: rifiutato</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Expires within 30 days</source>
            <translation>Scade entro 30 giorni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Usable</source>
            <translation>Utilizzabile</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Give the product a name.</source>
            <translation>Date un nome al prodotto.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Type the lot number printed on the box.</source>
            <translation>Scrivete il numero di lotto stampato sulla confezione.</translation>
        </message>
    </context>
    <context>
        <name>ProtocolLibraryDialog</name>
        <message>
            <location line="-240" />
            <source>Protocol library</source>
            <translation>Libreria dei protocolli</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Presets</source>
            <translation>Predefiniti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Technique code</source>
            <translation>Codice della &amp;tecnica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needle &amp;gauge (G)</source>
            <translation>&amp;Calibro dell'ago (G)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Spacing</source>
            <translation>&amp;Distanza</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Depth (mm)</source>
            <translation>&amp;Profondità (mm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needle &amp;length (mm)</source>
            <translation>&amp;Lunghezza dell'ago (mm)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Angle (degrees)</source>
            <translation>&amp;Angolo (gradi)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seconds per papule</source>
            <translation>Secondi per pomfo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Setup (minutes)</source>
            <translation>Preparazione (minuti)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Volume per papule</source>
            <translation>&amp;Volume per pomfo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as new preset</source>
            <translation>Salva come nuovo predefinito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Give the preset a name.</source>
            <translation>Date un nome al predefinito.</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <location filename="../../mesomap/gui/records/common.py" line="+24" />
            <source>Planned</source>
            <translation>Prevista</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Performed</source>
            <translation>Eseguita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed</source>
            <translation>Firmata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Annullata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-show</source>
            <translation>Assente</translation>
        </message>
        <message>
            <location line="+75" />
            <source>No warnings.</source>
            <translation>Nessun avviso.</translation>
        </message>
    </context>
    <context>
        <name>RecordsController</name>
        <message>
            <location filename="../../mesomap/gui/records/controller.py" line="+61" />
            <source>Hand-placed papules</source>
            <translation>Pomfi posizionati a mano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This region has papules placed by hand. Keep them where they are?</source>
            <translation>Questa regione ha pomfi posizionati a mano. Mantenerli dove sono?</translation>
        </message>
        <message>
            <location line="+70" />
            <source>The previous map was saved before opening this session.</source>
            <translation>La mappa precedente è stata salvata prima di aprire questa seduta.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../mesomap/gui/accounts/recovery.py" line="+193" />
            <source>Restore unsaved maps</source>
            <translation>Ripristina le mappe non salvate</translation>
        </message>
        <message>
            <location line="+3" />
            <source>mesomap stopped unexpectedly while maps were open and not saved. They were kept: restore them to continue where you were, or discard them.</source>
            <translation>mesomap si è chiuso inaspettatamente mentre c'erano mappe aperte e non salvate. Sono state conservate: ripristinatele per continuare da dove eravate, o scartatele.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unsaved maps</source>
            <translation>Mappe non salvate</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 — saved %2</source>
            <translation>%1 — salvata %2</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Restore</source>
            <translation>Ripristina</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Discard</source>
            <translation>Scarta</translation>
        </message>
        <message>
            <location line="+19" />
            <source>One recovery file could not be read and was left in place: %1</source>
            <translation>Un file di recupero non è stato letto ed è stato lasciato al suo posto: %1</translation>
        </message>
    </context>
    <context>
        <name>RegionPanel</name>
        <message>
            <location filename="../../mesomap/gui/records/region_panel.py" line="+46" />
            <location line="+2" />
            <source>Regions</source>
            <translation>Regioni</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Selected region</source>
            <translation>Regione selezionata</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Preset</source>
            <translation>&amp;Predefinito</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(none: the region's own values)</source>
            <translation>(nessuno: valori propri della regione)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Spacing</source>
            <translation>&amp;Distanza</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Depth (mm)</source>
            <translation>&amp;Profondità (mm)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Apply name, preset and overrides</source>
            <translation>Applica nome, predefinito e modifiche</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mixture</source>
            <translation>Miscela</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Apply mixture</source>
            <translation>Applica miscela</translation>
        </message>
        <message>
            <location line="+89" />
            <source>Changed from the preset: %1</source>
            <translation>Modificato rispetto al predefinito: %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Give the region a name.</source>
            <translation>Date un nome alla regione.</translation>
        </message>
    </context>
    <context>
        <name>RepeatDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/repeat_dialog.py" line="+154" />
            <source>Repeat as the next session</source>
            <translation>Ripeti come prossima seduta</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Date</source>
            <translation>&amp;Data</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Time</source>
            <translation>&amp;Ora</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Shift the papules to fall between the previous ones</source>
            <translation>Sfalsa i pomfi tra quelli precedenti</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The previous papules are shown faintly under the new map.</source>
            <translation>I pomfi precedenti sono mostrati in trasparenza sotto la nuova mappa.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Laying out the new session's papules on the skin…</source>
            <translation>Disposizione dei pomfi della nuova seduta sulla pelle…</translation>
        </message>
        <message>
            <location line="+63" />
            <source>The new session was stored, but it could not be opened here. Close this window and open it from the patient's record.</source>
            <translation>La nuova seduta è stata salvata, ma non è stato possibile aprirla qui. Chiudete questa finestra e apritela dalla cartella del paziente.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The new session could not be laid out, so nothing was stored. Try again, or untick “%1” to copy the previous papules as they were.</source>
            <translation>Non è stato possibile disporre i pomfi della nuova seduta, quindi nulla è stato salvato. Riprovate, oppure togliete la spunta da «%1» per copiare i pomfi precedenti così come erano.</translation>
        </message>
    </context>
    <context>
        <name>RescheduleDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/today.py" line="+238" />
            <source>Change the session's time</source>
            <translation>Modifica l'orario della seduta</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Date</source>
            <translation>&amp;Data</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Time</source>
            <translation>&amp;Ora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Note</source>
            <translation>&amp;Nota</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <location filename="../../mesomap/gui/records/session_editor.py" line="+51" />
            <source>Session editor</source>
            <translation>Editor della seduta</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Amendments (beside the signed original)</source>
            <translation>Rettifiche (accanto all'originale firmato)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Amendments</source>
            <translation>Rettifiche</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Totals</source>
            <translation>Totali</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Warnings</source>
            <translation>Avvisi</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save map</source>
            <translation>Salva mappa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Checklist and perform…</source>
            <translation>Lista di controllo ed esecuzione…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adverse event…</source>
            <translation>Evento avverso…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sign…</source>
            <translation>Firma…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amend…</source>
            <translation>Rettifica…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Repeat as next session</source>
            <translation>Ripeti come prossima seduta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print preview…</source>
            <translation>Anteprima di stampa…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Verify signature</source>
            <translation>Verifica firma</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Map canvas</source>
            <translation>Area della mappa</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Map tools</source>
            <translation>Strumenti della mappa</translation>
        </message>
        <message>
            <location line="+69" />
            <source>%1 — session %2, %3 — %4</source>
            <translation>%1 — seduta %2, %3 — %4</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 — session, %3 — %4</source>
            <translation>%1 — seduta, %3 — %4</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Signed by %1 on %2 (%3). SHA-256 %4</source>
            <translation>Firmata da %1 il %2 (%3). SHA-256 %4</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Performed on %1</source>
            <translation>Eseguita il %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: %2 papules performed</source>
            <translation>%1: %2 pomfi eseguiti</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Adverse event: %1 (%2) %3</source>
            <translation>Evento avverso: %1 (%2) %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>pain (0–10)</source>
            <translation>dolore (0–10)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>circumference (cm)</source>
            <translation>circonferenza (cm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>score</source>
            <translation>punteggio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Outcome %1: %2</source>
            <translation>Esito %1: %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>adverse event %1 (%2) %3</source>
            <translation>evento avverso %1 (%2) %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1, %2 — %3: %4</source>
            <translation>%1, %2 — %3: %4</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Papules: %1</source>
            <translation>Pomfi: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Injections: %1</source>
            <translation>Iniezioni: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Total volume: %1</source>
            <translation>Volume totale: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Estimated duration: %1 min</source>
            <translation>Durata stimata: %1 min</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Your map is kept on the screen; Save map again to replace the other version with it.</source>
            <translation>La vostra mappa resta sullo schermo; salvatela di nuovo per sostituire l'altra versione con la vostra.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Map saved.</source>
            <translation>Mappa salvata.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The signature matches the stored record.</source>
            <translation>La firma corrisponde alla registrazione memorizzata.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The stored record no longer matches its signature. Report this to the administrator.</source>
            <translation>La registrazione memorizzata non corrisponde più alla sua firma. Segnalatelo all'amministratore.</translation>
        </message>
    </context>
    <context>
        <name>SessionPrinting</name>
        <message>
            <location filename="../../mesomap/gui/printing/session_print.py" line="+105" />
            <location line="+1" />
            <source>Print preview</source>
            <translation>Anteprima di stampa</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Print</source>
            <translation>Stampa</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Export the sheet as PDF</source>
            <translation>Esporta la scheda in PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>File PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export PDF</source>
            <translation>Esporta PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the sheet…</source>
            <translation>Scrittura della scheda…</translation>
        </message>
    </context>
    <context>
        <name>SessionSheet</name>
        <message>
            <location filename="../../mesomap/printing/sheet.py" line="+140" />
            <source>Page %1 of %2</source>
            <translation>Pagina %1 di %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Printed %1 by mesomap</source>
            <translation>Stampato il %1 da mesomap</translation>
        </message>
        <message>
            <location line="+3" />
            <source>DEMO — fictional data, not a clinical record</source>
            <translation>DEMO — dati fittizi, non una cartella clinica</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Session sheet</source>
            <translation>Scheda della seduta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <location line="+6" />
            <source>born %1</source>
            <translation>nato/a il %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ID %1</source>
            <translation>ID %1</translation>
        </message>
        <message>
            <location line="+43" />
            <source>planned</source>
            <translation>prevista</translation>
        </message>
        <message>
            <location line="+1" />
            <source>performed</source>
            <translation>eseguita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>signed</source>
            <translation>firmata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>annullata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>did not attend</source>
            <translation>assente</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 of %2</source>
            <translation>%1 di %2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Session</source>
            <translation>Seduta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Course</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session no.</source>
            <translation>Seduta n.</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sections.py" line="+250" />
            <location filename="../../mesomap/printing/sheet.py" line="+1" />
            <source>Practitioner</source>
            <translation>Operatore</translation>
        </message>
        <message>
            <location line="+15" />
            <location filename="../../mesomap/printing/sheet.py" line="+1" />
            <source>Performed</source>
            <translation>Eseguita</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sheet.py" line="+1" />
            <source>Template</source>
            <translation>Modello</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient fit</source>
            <translation>Adattamento</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Map</source>
            <translation>Mappa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This session has no map yet.</source>
            <translation>Questa seduta non ha ancora una mappa.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Scale %1</source>
            <translation>Scala %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>actual size</source>
            <translation>dimensione reale</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overview %1 — actual size (1:1) on %2 tiles at the end</source>
            <translation>Panoramica %1 — dimensione reale (1:1) su %2 fogli alla fine</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sections.py" line="-228" />
            <location line="+120" />
            <location line="+110" />
            <location filename="../../mesomap/printing/sheet.py" line="+12" />
            <source>Region</source>
            <translation>Regione</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sheet.py" line="+6" />
            <source>Avoid (dashed: margin)</source>
            <translation>Da evitare (tratteggio: margine)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Caution</source>
            <translation>Cautela</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Papule (number: injection order)</source>
            <translation>Pomfo (numero: ordine di iniezione)</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Actual size (1:1) — tile %1: row %2 of %3, column %4 of %5</source>
            <translation>Dimensione reale (1:1) — foglio %1: riga %2 di %3, colonna %4 di %5</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tiles overlap by 1 cm: lay them so that the + marks of neighbouring tiles lie on top of each other.</source>
            <translation>I fogli si sovrappongono di 1 cm: disponeteli in modo che i segni + dei fogli vicini coincidano.</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sections.py" line="-239" />
            <source>Regions, technique and products</source>
            <translation>Regioni, tecnica e prodotti</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Technique</source>
            <translation>Tecnica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spacing</source>
            <translation>Passo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papules</source>
            <translation>Pomfi</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+228" />
            <source>Product</source>
            <translation>Prodotto</translation>
        </message>
        <message>
            <location line="-227" />
            <source>Lot · expiry</source>
            <translation>Lotto · scadenza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>per papule</source>
            <translation>per pomfo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned</source>
            <translation>Prevista</translation>
        </message>
        <message>
            <location line="+9" />
            <source>depth %1</source>
            <translation>profondità %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>needle %1G %2</source>
            <translation>ago %1G %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>angle %1°</source>
            <translation>angolo %1°</translation>
        </message>
        <message>
            <location line="+16" />
            <source>exp. %1</source>
            <translation>scad. %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>EXPIRED</source>
            <translation>SCADUTO</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The map has no regions.</source>
            <translation>La mappa non ha regioni.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Total papules</source>
            <translation>Totale pomfi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Injections</source>
            <translation>Iniezioni</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+10" />
            <source>Planned volume</source>
            <translation>Volume previsto</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Duration (est.)</source>
            <translation>Durata (stima)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Product (total)</source>
            <translation>Prodotto (totale)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lots</source>
            <translation>Lotti</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Contraindication checklist</source>
            <translation>Lista delle controindicazioni</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No checklist questions are set up for this clinic.</source>
            <translation>Nessuna domanda della lista è impostata per questo studio.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Question</source>
            <translation>Domanda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yes</source>
            <translation>Sì</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N/A</source>
            <translation>N.P.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+87" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="-77" />
            <source>Adverse events</source>
            <translation>Eventi avversi</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Onset</source>
            <translation>Insorgenza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Severity</source>
            <translation>Gravità</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Descrizione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action taken</source>
            <translation>Provvedimento adottato</translation>
        </message>
        <message>
            <location line="+6" />
            <source>None recorded.</source>
            <translation>Nessuno registrato.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Amendments</source>
            <translation>Rettifiche</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Da</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation>Cosa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+21" />
            <source>Signature</source>
            <translation>Firma</translation>
        </message>
        <message>
            <location line="-18" />
            <source>performed the session</source>
            <translation>ha eseguito la seduta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reviewed the record</source>
            <translation>ha rivisto la registrazione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>signed an amendment</source>
            <translation>ha firmato una rettifica</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 — %2, %3</source>
            <translation>%1 — %2, %3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Electronically signed · record version %1 · digest %2…</source>
            <translation>Firmato elettronicamente · versione della registrazione %1 · impronta %2…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not signed yet.</source>
            <translation>Non ancora firmata.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Date and time</source>
            <translation>Data e ora</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Papules done</source>
            <translation>Pomfi eseguiti</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lot</source>
            <translation>Lotto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volume given</source>
            <translation>Volume somministrato</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../mesomap/core/settings.py" line="+87" />
            <source>“{value}” is not one of the allowed values: {choices}.</source>
            <translation>«{value}» non è tra i valori consentiti: {choices}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The value must be at least {minimum}.</source>
            <translation>Il valore deve essere almeno {minimum}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The value must be at most {maximum}.</source>
            <translation>Il valore deve essere al massimo {maximum}.</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+26" />
            <source>This setting is either on or off.</source>
            <translation>Questa impostazione è attiva o disattiva.</translation>
        </message>
        <message>
            <location line="-11" />
            <source>The stored value “{text}” cannot be read.</source>
            <translation>Il valore memorizzato «{text}» non può essere letto.</translation>
        </message>
        <message>
            <location line="+16" />
            <location filename="../../mesomap/gui/settings_dialog.py" line="+182" />
            <source>Enter a whole number.</source>
            <translation>Inserite un numero intero.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+6" />
            <source>Enter a number.</source>
            <translation>Inserite un numero.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter some text.</source>
            <translation>Inserite del testo.</translation>
        </message>
        <message>
            <location line="+84" />
            <source>Clinic name</source>
            <translation>Nome dello studio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed at the top of every sheet.</source>
            <translation>Stampato in cima a ogni scheda.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Clinic address</source>
            <translation>Indirizzo dello studio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed under the clinic name; several lines allowed.</source>
            <translation>Stampato sotto il nome dello studio; sono consentite più righe.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language of menus, messages and number formats. Automatic follows the system.</source>
            <translation>Lingua di menu, messaggi e formati dei numeri. Automatica segue il sistema.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Automatic (system language)</source>
            <translation>Automatica (lingua del sistema)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Paper size</source>
            <translation>Formato della carta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paper for printed sheets. Automatic uses Letter in the US, Canada and Mexico and A4 elsewhere.</source>
            <translation>Carta per le schede stampate. Automatico usa Letter negli Stati Uniti, in Canada e in Messico e A4 altrove.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Automatic (from the language and country)</source>
            <translation>Automatico (dalla lingua e dal paese)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Default spacing (cm)</source>
            <translation>Distanza predefinita (cm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distance between papules in a new region when its preset does not say.</source>
            <translation>Distanza tra i pomfi in una nuova regione quando il suo predefinito non la indica.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Default margin (cm)</source>
            <translation>Margine predefinito (cm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distance kept between papules and a region's edge in a new region.</source>
            <translation>Distanza mantenuta tra i pomfi e il bordo di una nuova regione.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lock after idle minutes</source>
            <translation>Blocca dopo minuti di inattività</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient data is hidden after this many minutes without use, until someone logs in again.</source>
            <translation>I dati dei pazienti vengono nascosti dopo questi minuti di inutilizzo, fino al prossimo accesso.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Automatic backups</source>
            <translation>Backup automatici</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How often the clinic database is backed up while mesomap runs.</source>
            <translation>Con quale frequenza viene fatto il backup del database dello studio mentre mesomap è in funzione.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Off</source>
            <translation>Disattivati</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily</source>
            <translation>Giornalieri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weekly</source>
            <translation>Settimanali</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Backup hour</source>
            <translation>Ora del backup</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hour of the day (0–23) after which the scheduled backup runs.</source>
            <translation>Ora del giorno (0–23) dopo la quale viene eseguito il backup pianificato.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lengths shown in</source>
            <translation>Lunghezze mostrate in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit for distances on screen and on sheets. Stored values are always in cm.</source>
            <translation>Unità delle distanze a schermo e sulle schede. I valori memorizzati sono sempre in cm.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Volumes shown in</source>
            <translation>Volumi mostrati in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit for volumes on screen and on sheets. Stored values are always in mL.</source>
            <translation>Unità dei volumi a schermo e sulle schede. I valori memorizzati sono sempre in mL.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Search delay (ms)</source>
            <translation>Ritardo della ricerca (ms)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How long the patient search waits after the last key before it searches.</source>
            <translation>Quanto attende la ricerca dei pazienti dopo l'ultimo tasto prima di cercare.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Aftercare text</source>
            <translation>Testo dei consigli post-trattamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Advice printed on the patient's aftercare sheet. Empty uses mesomap's standard text in the patient's language.</source>
            <translation>Consigli stampati sulla scheda per il paziente. Vuoto: testo standard di mesomap nella lingua del paziente.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sheet margins (mm)</source>
            <translation>Margini delle schede (mm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>White border around printed sheets. The map's scale never depends on it.</source>
            <translation>Bordo bianco intorno alle schede stampate. La scala della mappa non ne dipende mai.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../mesomap/gui/settings_dialog.py" line="-108" />
            <source>Settings</source>
            <extracomment>choice labels that are not translated: language names in their own language, units, paper</extracomment>
            <translation>Impostazioni</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Clinic (every computer using this database)</source>
            <translation>Studio (tutti i computer che usano questo database)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This computer</source>
            <translation>Questo computer</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only an administrator can change the clinic settings; they are shown here read-only.</source>
            <translation>Solo un amministratore può modificare le impostazioni dello studio; qui sono mostrate in sola lettura.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A new language is used from the next start of mesomap.</source>
            <translation>Una nuova lingua viene usata dal prossimo avvio di mesomap.</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <location filename="../../mesomap/gui/accounts/dialogs.py" line="+61" />
            <source>Create the administrator account</source>
            <translation>Crea l'account amministratore</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This clinic database has no accounts yet. Create the administrator account: it manages accounts, settings, products and backups. Keep its password safe.</source>
            <translation>Questo database dello studio non ha ancora account. Create l'account amministratore: gestisce account, impostazioni, prodotti e backup. Conservate la password in un luogo sicuro.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+9" />
            <source>Login name</source>
            <translation>Nome utente</translation>
        </message>
        <message>
            <location line="-7" />
            <location line="+8" />
            <source>Full name</source>
            <translation>Nome completo</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+6" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location line="-3" />
            <location line="+4" />
            <source>Repeat the password</source>
            <translation>Ripetete la password</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+1" />
            <source>Create account</source>
            <translation>Crea account</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The two passwords differ. Type the same password twice.</source>
            <translation>Le due password sono diverse. Scrivete due volte la stessa password.</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/signing.py" line="-83" />
            <source>Sign the session</source>
            <translation>Firma la seduta</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1, signing locks this session's record: afterwards it can only be amended, with a reason, beside the original. Re-enter your password to sign.</source>
            <translation>%1, la firma blocca la registrazione di questa seduta: in seguito potrà solo essere rettificata, con un motivo, accanto all'originale. Reinserite la password per firmare.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Meaning</source>
            <translation>&amp;Significato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I performed this session</source>
            <translation>Ho eseguito questa seduta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I reviewed this session</source>
            <translation>Ho rivisto questa seduta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <source>Sign</source>
            <translation>Firma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Enter your password to sign.</source>
            <translation>Inserite la password per firmare.</translation>
        </message>
    </context>
    <context>
        <name>Surface</name>
        <message>
            <location filename="../../mesomap/core/surface/honesty.py" line="+31" />
            <source>This sheet is a flat projection of a curved body: where the skin turns away, papules look closer together than they are. Distances on the skin: {distances}.</source>
            <translation>Questa scheda è una proiezione piana di un corpo curvo: dove la cute si incurva, i pomfi sembrano più vicini di quanto siano. Distanze sulla cute: {distances}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Area: {picture} cm² on the picture, {skin} cm² on the skin.</source>
            <translation>Area: {picture} cm² sull'immagine, {skin} cm² sulla cute.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/surface/views.py" line="+36" />
            <source>Most of this region is skin seen at a steep angle on this view ({share} %); its outline and papules are easier to place on the {template} template.</source>
            <extracomment>Skin seen at more than this angle from the line of sight counts as steep (stretch &gt; 1.56). A region is "mostly steep" when at least this share of its picture area is steep. A profile is suggested only if it sees at least this share of the region's outline.</extracomment>
            <translation>Gran parte di questa regione è cute vista con un angolo molto inclinato in questa vista ({share} %); il contorno e i pomfi sono più facili da posizionare sul modello {template}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Most of this region is skin seen at a steep angle on this view ({share} %); distances on the picture are much shorter than on the skin there.</source>
            <translation>Gran parte di questa regione è cute vista con un angolo molto inclinato in questa vista ({share} %); lì le distanze sull'immagine sono molto più corte che sulla cute.</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sections.py" line="-111" />
            <source>median %1</source>
            <translation>mediana %1</translation>
        </message>
    </context>
    <context>
        <name>TechniqueComparison</name>
        <message>
            <location filename="../../mesomap/gui/trainer/diagrams.py" line="+254" />
            <location line="+5" />
            <source>Body area</source>
            <translation>Area del corpo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Technique on the left</source>
            <translation>Tecnica a sinistra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technique on the right</source>
            <translation>Tecnica a destra</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+2" />
            <source>Layer thicknesses…</source>
            <translation>Spessori degli strati…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export…</source>
            <translation>Esporta…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export</source>
            <translation>Esporta</translation>
        </message>
    </context>
    <context>
        <name>TemplateError</name>
        <message>
            <location filename="../../mesomap/core/templates/errors.py" line="+32" />
            <source>The anatomical template file could not be used and was skipped; ask whoever made it to correct it (mesomap templates --check shows the details).</source>
            <translation>Il file del modello anatomico non è utilizzabile ed è stato ignorato; chiedete a chi l'ha creato di correggerlo (mesomap templates --check mostra i dettagli).</translation>
        </message>
    </context>
    <context>
        <name>TemplateFitBar</name>
        <message>
            <location filename="../../mesomap/gui/records/template_fit.py" line="+33" />
            <source>Change template…</source>
            <translation>Cambia modello…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change template</source>
            <translation>Cambia modello</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+7" />
            <source>Patient fit (scale)</source>
            <translation>Adattamento al paziente (scala)</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+1" />
            <source>Apply fit</source>
            <translation>Applica adattamento</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No map yet: choose the template to draw on.</source>
            <translation>Nessuna mappa ancora: scegliete il modello su cui disegnare.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Template: %1 (version %2)</source>
            <translation>Modello: %1 (versione %2)</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/gallery.py" line="+72" />
            <source>Choose a template</source>
            <translation>Scegli un modello</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Body area</source>
            <translation>Area del corpo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sex</source>
            <translation>Sesso</translation>
        </message>
        <message>
            <location line="+0" />
            <source>View</source>
            <translation>Vista</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All</source>
            <translation>Tutti</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Templates</source>
            <translation>Modelli</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose</source>
            <translation>Scegli</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <location filename="../../mesomap/gui/records/today.py" line="-207" />
            <location line="+14" />
            <location line="+1" />
            <source>Today</source>
            <translation>Oggi</translation>
        </message>
        <message>
            <location line="-7" />
            <source>◀ Previous day</source>
            <translation>◀ Giorno precedente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous day</source>
            <translation>Giorno precedente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Day</source>
            <translation>Giorno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next day ▶</source>
            <translation>Giorno successivo ▶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next day</source>
            <translation>Giorno successivo</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Sessions of the day</source>
            <translation>Sedute del giorno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Patient</source>
            <translation>Paziente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>Stato</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>Seduta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open session</source>
            <translation>Apri seduta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change time…</source>
            <translation>Cambia orario…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark cancelled</source>
            <translation>Segna come annullata</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mark no-show</source>
            <translation>Segna come assente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reopen</source>
            <translation>Riapri</translation>
        </message>
        <message>
            <location line="+48" />
            <source>No practitioner assigned</source>
            <translation>Nessun operatore assegnato</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1: %2 planned, %3 performed, %4 signed, %5 cancelled, %6 no-show</source>
            <translation>%1: %2 previste, %3 eseguite, %4 firmate, %5 annullate, %6 assenti</translation>
        </message>
    </context>
    <context>
        <name>Trainer</name>
        <message>
            <location filename="../../mesomap/core/trainer/skin.py" line="+31" />
            <source>Epidermis</source>
            <translation>Epidermide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papillary dermis</source>
            <translation>Derma papillare</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reticular dermis</source>
            <translation>Derma reticolare</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hypodermis</source>
            <translation>Ipoderma</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/trainer/__init__.py" line="-98" />
            <source>Technique diagrams</source>
            <translation>Schemi di tecnica</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Trainer mode shows fictional patients only. Open the demonstration database (File menu) and choose a patient there.</source>
            <translation>La modalità formatore mostra solo pazienti fittizi. Aprite il database dimostrativo (menu File) e sceglietevi un paziente.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose a patient in the list first.</source>
            <translation>Scegliete prima un paziente nell'elenco.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This patient has no session map to play.</source>
            <translation>Questo paziente non ha mappe di seduta da riprodurre.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The session map could not be read. The details are in the log file.</source>
            <translation>Non è stato possibile leggere la mappa della seduta. I dettagli sono nel file di log.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/trainer/diagrams.py" line="-100" />
            <source>%1 mm deep, %2°, needle %3 G × %4 mm</source>
            <translation>%1 mm di profondità, %2°, ago %3 G × %4 mm</translation>
        </message>
        <message>
            <location line="+10" />
            <source>At %1° a %2 mm needle reaches %3 mm at most: the hub would press the skin.</source>
            <translation>A %1° un ago di %2 mm raggiunge al massimo %3 mm: il cono premerebbe sulla cute.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/trainer/export.py" line="+19" />
            <source>The image could not be written to %1. Choose another folder.</source>
            <translation>Non è stato possibile scrivere l'immagine in %1. Scegliete un'altra cartella.</translation>
        </message>
    </context>
    <context>
        <name>Windows</name>
        <message>
            <location filename="../../mesomap/gui/windows.py" line="+95" />
            <source>The database was updated for this version of mesomap. The copy made before the update is kept at %1.</source>
            <translation>Il database è stato aggiornato per questa versione di mesomap. La copia fatta prima dell'aggiornamento è conservata in %1.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Opening the database…</source>
            <translation>Apertura del database…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Preparing the demonstration database with fictional patients…</source>
            <translation>Preparazione del database dimostrativo con pazienti fittizi…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Cancelled.</source>
            <translation>Annullato.</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <location filename="../../mesomap/gui/workers.py" line="+207" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
    </context>
    <context>
        <name>p</name>
        <message>
            <source>Product</source>
            <translation type="vanished">Prodotto</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation type="vanished">Lotto</translation>
        </message>
        <message>
            <source>Volume per papule</source>
            <translation type="vanished">Volume per pomfo</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation type="vanished">Rimuovi</translation>
        </message>
    </context>
    <context>
        <name>permissions</name>
        <message>
            <location filename="../../mesomap/storage/permissions.py" line="+104" />
            <source>see patients' records</source>
            <translation>consultare le cartelle dei pazienti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>add patients or change their identity and contact details</source>
            <translation>aggiungere pazienti o modificarne identità e recapiti</translation>
        </message>
        <message>
            <location line="+3" />
            <source>change a patient's allergies, contraindications or clinical notes</source>
            <translation>modificare allergie, controindicazioni o note cliniche di un paziente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>delete patients</source>
            <translation>eliminare pazienti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>schedule sessions</source>
            <translation>programmare sedute</translation>
        </message>
        <message>
            <location line="+1" />
            <source>plan, perform or change clinical records</source>
            <translation>pianificare, eseguire o modificare registrazioni cliniche</translation>
        </message>
        <message>
            <location line="+3" />
            <source>sign sessions</source>
            <translation>firmare sedute</translation>
        </message>
        <message>
            <location line="+1" />
            <source>amend signed sessions</source>
            <translation>rettificare sedute firmate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>print patient documents</source>
            <translation>stampare documenti dei pazienti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>change products, lots, presets or clinic limits</source>
            <translation>modificare prodotti, lotti, predefiniti o limiti dello studio</translation>
        </message>
        <message>
            <location line="+3" />
            <source>change clinic settings</source>
            <translation>modificare le impostazioni dello studio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>manage user accounts</source>
            <translation>gestire gli account utente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>back up or restore the database</source>
            <translation>eseguire il backup o ripristinare il database</translation>
        </message>
        <message>
            <location line="+1" />
            <source>read the audit trail</source>
            <translation>leggere il registro di audit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>export a patient's data</source>
            <translation>esportare i dati di un paziente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>erase or anonymise patients</source>
            <translation>cancellare o rendere anonimi pazienti</translation>
        </message>
    </context>
    <context>
        <name>records</name>
        <message>
            <location filename="../../mesomap/core/records/checklist.py" line="+18" />
            <source>Pregnancy or breastfeeding</source>
            <extracomment>Shipped items (the clinic can edit, add and deactivate them): (code, label, blocking).</extracomment>
            <translation>Gravidanza o allattamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bleeding disorder or anticoagulant treatment</source>
            <translation>Disturbo della coagulazione o terapia anticoagulante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active infection at the injection site</source>
            <translation>Infezione attiva nel punto di iniezione</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Allergy to a component of the products</source>
            <translation>Allergia a un componente dei prodotti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other contraindication (see note)</source>
            <translation>Altra controindicazione (vedi nota)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>“{item}” has no answer yet. Answer every question of the checklist before marking the session performed.</source>
            <translation>«{item}» non ha ancora una risposta. Rispondete a ogni domanda della lista prima di segnare la seduta come eseguita.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{item}” was answered yes: the session cannot be marked performed. Record what was done instead in the notes.</source>
            <translation>La risposta a «{item}» è sì: la seduta non può essere segnata come eseguita. Registrate invece nelle note ciò che è stato fatto.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/records/courses.py" line="+17" />
            <source>Musculoskeletal pain</source>
            <extracomment>Shipped indications (code, English label); the clinic may add its own.</extracomment>
            <translation>Dolore muscolo-scheletrico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Venous insufficiency / lymphoedema</source>
            <translation>Insufficienza venosa / linfedema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cellulite</source>
            <translation>Cellulite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skin rejuvenation</source>
            <translation>Ringiovanimento cutaneo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alopecia</source>
            <translation>Alopecia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Localised fat</source>
            <translation>Adiposità localizzata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scars</source>
            <translation>Cicatrici</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Altro</translation>
        </message>
        <message>
            <location line="+45" />
            <source>This session is {gap} day(s) from the session of {other}; the course plans at least {minimum} days between sessions.</source>
            <translation>Questa seduta è a {gap} giorno/i dalla seduta del {other}; il ciclo prevede almeno {minimum} giorni tra le sedute.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This session is {gap} days after the previous one; the course plans at most {maximum} days between sessions.</source>
            <translation>Questa seduta è {gap} giorni dopo la precedente; il ciclo prevede al massimo {maximum} giorni tra le sedute.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{product}: this session is {gap} day(s) from the previous use; its limit is at least {minimum} days between sessions.</source>
            <translation>{product}: questa seduta è a {gap} giorno/i dall'uso precedente; il suo limite è di almeno {minimum} giorni tra le sedute.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>This is session {count} of a course planned for {planned} sessions.</source>
            <translation>Questa è la seduta {count} di un ciclo previsto di {planned} sedute.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/records/limits.py" line="+92" />
            <source>{product}: {volume} mL planned in this session; its limit is {limit} mL per session.</source>
            <translation>{product}: {volume} mL previsti in questa seduta; il suo limite è {limit} mL per seduta.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{product}: {count} injections planned in this session; its limit is {limit} per session.</source>
            <translation>{product}: {count} iniezioni previste in questa seduta; il suo limite è {limit} per seduta.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{product}: {volume} mL over the course with this session; its limit is {limit} mL per course.</source>
            <translation>{product}: {volume} mL nel ciclo con questa seduta; il suo limite è {limit} mL per ciclo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{product}: {count} injections over the course with this session; its limit is {limit} per course.</source>
            <translation>{product}: {count} iniezioni nel ciclo con questa seduta; il suo limite è {limit} per ciclo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{product}: this would be session {count} with this product in the course; its limit is {limit} sessions.</source>
            <translation>{product}: sarebbe la seduta {count} con questo prodotto nel ciclo; il suo limite è {limit} sedute.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{product}: {days} day(s) since its previous use; its limit is at least {limit} days between sessions.</source>
            <translation>{product}: {days} giorno/i dall'uso precedente; il suo limite è di almeno {limit} giorni tra le sedute.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{volume} mL planned in this session; the clinic's limit “{label}” is {limit} mL.</source>
            <translation>{volume} mL previsti in questa seduta; il limite dello studio «{label}» è {limit} mL.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{count} injections planned in this session; the clinic's limit “{label}” is {limit}.</source>
            <translation>{count} iniezioni previste in questa seduta; il limite dello studio «{label}» è {limit}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>About {minutes} minutes estimated for this session; the clinic's limit “{label}” is {limit} minutes.</source>
            <translation>Circa {minutes} minuti stimati per questa seduta; il limite dello studio «{label}» è {limit} minuti.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{days} day(s) since the previous session; the clinic's limit “{label}” is at least {limit} days.</source>
            <translation>{days} giorno/i dalla seduta precedente; il limite dello studio «{label}» è di almeno {limit} giorni.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This would be session {count} of the course; the clinic's limit “{label}” is {limit} sessions.</source>
            <translation>Sarebbe la seduta {count} del ciclo; il limite dello studio «{label}» è {limit} sedute.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/records/lots.py" line="+44" />
            <source>Lot {lot} of {product} expired on {expiry}. Choose another lot: an expired lot cannot be used.</source>
            <translation>Il lotto {lot} di {product} è scaduto il {expiry}. Scegliete un altro lotto: un lotto scaduto non può essere usato.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Lot {lot} of {product} expires on {expiry}, in {days} day(s).</source>
            <translation>Il lotto {lot} di {product} scade il {expiry}, tra {days} giorno/i.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Lot {lot} of {product} expired on {expiry}, so it was taken out of the copied mixture. Choose another lot of {product}.</source>
            <translation>Il lotto {lot} di {product} è scaduto il {expiry}, quindi è stato tolto dalla miscela copiata. Scegliete un altro lotto di {product}.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/records/presets.py" line="+39" />
            <source>Intra-epidermal (IED), lines</source>
            <translation>Intraepidermica (IED), linee</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Superficial intradermal / nappage (IDS)</source>
            <translation>Intradermica superficiale / nappage (IDS)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Papules, deep intradermal (IDP)</source>
            <translation>Pomfi, intradermica profonda (IDP)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Papules for pain (IDP, 2–3 cm)</source>
            <translation>Pomfi antalgici (IDP, 2–3 cm)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Point-by-point intradermo-hypodermic</source>
            <translation>Punto per punto intradermo-ipodermica</translation>
        </message>
    </context>
    <context>
        <name>self.window</name>
        <message>
            <source>This is a PostgreSQL database: back it up on the server with pg_dump (see docs/backup.md).</source>
            <translation type="vanished">Questo è un database PostgreSQL: eseguitene il backup sul server con pg_dump (vedi docs/backup.md).</translation>
        </message>
        <message>
            <source>Backup made and checked: %1</source>
            <translation type="vanished">Backup eseguito e verificato: %1</translation>
        </message>
        <message>
            <source>This is a PostgreSQL database: restore it on the server with pg_restore (see docs/backup.md).</source>
            <translation type="vanished">Questo è un database PostgreSQL: ripristinatelo sul server con pg_restore (vedi docs/backup.md).</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation type="vanished">Ripristina da backup</translation>
        </message>
        <message>
            <source>mesomap backups (*.sqlite)</source>
            <translation type="vanished">Backup di mesomap (*.sqlite)</translation>
        </message>
        <message>
            <source>Replace the current database with %1? Everything recorded after that backup is replaced (the current database is kept beside it). Close mesomap on other computers using it first.</source>
            <translation type="vanished">Sostituire il database attuale con %1? Tutto ciò che è stato registrato dopo quel backup viene sostituito (il database attuale è conservato accanto). Chiudete prima mesomap sugli altri computer che lo usano.</translation>
        </message>
        <message>
            <source>The database was restored from %1. Log in again.</source>
            <translation type="vanished">Il database è stato ripristinato da %1. Accedete di nuovo.</translation>
        </message>
        <message>
            <source>Choose a patient in the list first.</source>
            <translation type="vanished">Scegliete prima un paziente nell'elenco.</translation>
        </message>
        <message>
            <source>Readable PDF (*.pdf)</source>
            <translation type="vanished">PDF leggibile (*.pdf)</translation>
        </message>
        <message>
            <source>Export patient data</source>
            <translation type="vanished">Esporta dati del paziente</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation type="vanished">File JSON (*.json)</translation>
        </message>
        <message>
            <source>Patient data exported to %1</source>
            <translation type="vanished">Dati del paziente esportati in %1</translation>
        </message>
        <message>
            <source>Erase patient</source>
            <translation type="vanished">Cancella paziente</translation>
        </message>
        <message>
            <source>Erase this patient and all their records for good? This cannot be undone. Backups keep them until rotation removes them.</source>
            <translation type="vanished">Cancellare definitivamente questo paziente e tutte le sue registrazioni? Non si può annullare. I backup li conservano finché la rotazione non li elimina.</translation>
        </message>
        <message>
            <source>Anonymise patient</source>
            <translation type="vanished">Rendi anonimo il paziente</translation>
        </message>
        <message>
            <source>This patient has signed records, which must be kept, so they cannot be erased. Anonymise instead (remove name, birth date and contact details, keep the clinical record)?</source>
            <translation type="vanished">Questo paziente ha registrazioni firmate, che vanno conservate, quindi non può essere cancellato. Renderlo anonimo invece (rimuovere nome, data di nascita e recapiti, mantenere la cartella clinica)?</translation>
        </message>
        <message>
            <source>The patient was erased.</source>
            <translation type="vanished">Il paziente è stato cancellato.</translation>
        </message>
        <message>
            <source>The patient was anonymised.</source>
            <translation type="vanished">Il paziente è stato reso anonimo.</translation>
        </message>
    </context>
    <context>
        <name>storage</name>
        <message>
            <location filename="../../mesomap/storage/accounts.py" line="+81" />
            <source>The login name or the password is not correct. Check them and try again.</source>
            <translation>Il nome utente o la password non sono corretti. Controllateli e riprovate.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Too many wrong passwords for this account. Wait {seconds} seconds, then try again.</source>
            <translation>Troppe password errate per questo account. Attendete {seconds} secondi, poi riprovate.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>The password must have at least {minimum} characters.</source>
            <translation>La password deve avere almeno {minimum} caratteri.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>The login name must be one word of at most 64 characters.</source>
            <translation>Il nome utente deve essere una sola parola di al massimo 64 caratteri.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The name is required.</source>
            <translation>Il nome è obbligatorio.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Give the account at least one role.</source>
            <translation>Assegnate almeno un ruolo all'account.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The login name {login} is taken. Choose another one.</source>
            <translation>Il nome utente {login} è già in uso. Sceglietene un altro.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This database already has accounts; ask an administrator to create yours.</source>
            <translation>Questo database ha già degli account; chiedete a un amministratore di creare il vostro.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/engine.py" line="+179" />
            <source>mesomap cannot use the database {url}: only SQLite files (sqlite:///path) and PostgreSQL servers (postgresql+psycopg://user@host/database) are supported.</source>
            <translation>mesomap non può usare il database {url}: sono supportati solo file SQLite (sqlite:///percorso) e server PostgreSQL (postgresql+psycopg://utente@host/database).</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The folder {folder} does not exist, so the database file cannot be created there. Create the folder or choose another location.</source>
            <translation>La cartella {folder} non esiste, quindi il file del database non può esservi creato. Create la cartella o scegliete un'altra posizione.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>mesomap cannot read or create the database file {path} ({reason}). Check that it is a file you may write to, or choose another location.</source>
            <translation>mesomap non può leggere né creare il file del database {path} ({reason}). Controllate che sia un file in cui potete scrivere, o scegliete un'altra posizione.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The database {url} is busy or cannot be read right now (another mesomap may be saving a large change). Wait a moment and try again.</source>
            <translation>Il database {url} è occupato o non leggibile in questo momento (un altro mesomap potrebbe salvare una modifica grande). Attendete un momento e riprovate.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/errors.py" line="+24" />
            <source>The database could not be used. The log file has the technical details.</source>
            <translation>Non è stato possibile usare il database. Il file di log contiene i dettagli tecnici.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>mesomap could not open the database at {url}. Check the address, that the server is running and that you may use it, then try again.</source>
            <translation>mesomap non ha potuto aprire il database all'indirizzo {url}. Controllate l'indirizzo, che il server sia in funzione e che possiate usarlo, poi riprovate.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The database file {path} is on a network or cloud-synchronised location ({reason}). SQLite files there can be corrupted when two computers or the sync service write at the same time, so mesomap refuses to use it. Keep the file on this computer's own disk, or let several workstations share a PostgreSQL server (--db postgresql+psycopg://...).</source>
            <translation>Il file del database {path} si trova in una posizione di rete o sincronizzata nel cloud ({reason}). Lì i file SQLite possono danneggiarsi quando due computer o il servizio di sincronizzazione scrivono contemporaneamente, quindi mesomap si rifiuta di usarlo. Tenete il file sul disco di questo computer, o fate condividere a più postazioni un server PostgreSQL (--db postgresql+psycopg://...).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{location} already holds data that does not belong to mesomap. mesomap left it untouched. Choose another file or an empty database.</source>
            <translation>{location} contiene già dati che non appartengono a mesomap. mesomap non li ha toccati. Scegliete un altro file o un database vuoto.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This database was last used by a newer version of mesomap (schema {revision}). Install that version or a later one to open it; this version left it untouched.</source>
            <translation>Questo database è stato usato l'ultima volta da una versione più recente di mesomap (schema {revision}). Installate quella versione o una successiva per aprirlo; questa versione non l'ha toccato.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The file {path} is damaged or is not a mesomap database, so it cannot be opened. mesomap did not change it. Restore it from a backup or choose another file.</source>
            <translation>Il file {path} è danneggiato o non è un database mesomap, quindi non può essere aperto. mesomap non l'ha modificato. Ripristinatelo da un backup o scegliete un altro file.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Updating the database to this version of mesomap failed, so nothing was changed. {backup_note} The log file has the technical details.</source>
            <translation>L'aggiornamento del database a questa versione di mesomap non è riuscito, quindi nulla è stato modificato. {backup_note} Il file di log contiene i dettagli tecnici.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The {record} you asked for no longer exists. It may have been deleted.</source>
            <translation>L'elemento richiesto ({record}) non esiste più. Potrebbe essere stato eliminato.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The {record} cannot be deleted because other records depend on it. Nothing was deleted.</source>
            <translation>L'elemento ({record}) non può essere eliminato perché altre registrazioni dipendono da esso. Nulla è stato eliminato.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{changed_by} changed this {record} at {changed_at} while you were editing it. Your changes were not saved and are still in the form: compare, then save again.</source>
            <translation>{changed_by} ha modificato questo elemento ({record}) alle {changed_at} mentre lo stavate modificando. Le vostre modifiche non sono state salvate e sono ancora nel modulo: confrontate, poi salvate di nuovo.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>This {record} was deleted by someone else while you were editing it. Your changes were not saved and are still in the form.</source>
            <translation>Questo elemento ({record}) è stato eliminato da qualcun altro mentre lo stavate modificando. Le vostre modifiche non sono state salvate e sono ancora nel modulo.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Someone else changed this {record} at {changed_at} while you were editing it. Your changes were not saved and are still in the form: compare, then save again.</source>
            <translation>Qualcun altro ha modificato questo elemento ({record}) alle {changed_at} mentre lo stavate modificando. Le vostre modifiche non sono state salvate e sono ancora nel modulo: confrontate, poi salvate di nuovo.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>A {current} session cannot be marked {requested}. Nothing was changed.</source>
            <translation>Una seduta nello stato «{current}» non può passare allo stato «{requested}». Nulla è stato modificato.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This {record} is signed and cannot be changed. Record a correction as an amendment.</source>
            <translation>Questo elemento ({record}) è firmato e non può essere modificato. Registrate la correzione come rettifica.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/maps.py" line="+69" />
            <source>map</source>
            <translation>mappa</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The map was not saved: {problem}</source>
            <translation>La mappa non è stata salvata: {problem}</translation>
        </message>
        <message>
            <location line="+55" />
            <source>session</source>
            <translation>seduta</translation>
        </message>
        <message>
            <location line="+103" />
            <source>The stored map of this session has an impossible patient fit, so it cannot be opened. Restore the database from a backup.</source>
            <translation>La mappa memorizzata di questa seduta ha un adattamento al paziente impossibile, quindi non può essere aperta. Ripristinate il database da un backup.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/permissions.py" line="+7" />
            <source>Your account may not {action}. Nothing was changed. Ask an administrator if your work needs it.</source>
            <translation>Il vostro account non può {action}. Nulla è stato modificato. Chiedete a un amministratore se il vostro lavoro lo richiede.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Log in to {action}. Nothing was changed.</source>
            <translation>Accedete per {action}. Nulla è stato modificato.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/catalog.py" line="+90" />
            <source>The product name is required.</source>
            <translation>Il nome del prodotto è obbligatorio.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Volumes must be exact decimals.</source>
            <translation>I volumi devono essere decimali esatti.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A limit must be more than 0.</source>
            <translation>Un limite deve essere maggiore di 0.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A limit cannot be negative.</source>
            <translation>Un limite non può essere negativo.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The lot number is required.</source>
            <translation>Il numero di lotto è obbligatorio.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>This name or number is already in the catalogue.</source>
            <translation>Questo nome o numero è già nel catalogo.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/patients.py" line="+132" />
            <source>The family name is required.</source>
            <translation>Il cognome è obbligatorio.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The birth date cannot be in the future.</source>
            <translation>La data di nascita non può essere nel futuro.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/records_common.py" line="+99" />
            <location filename="../../mesomap/storage/repository/sessions.py" line="+102" />
            <source>The time has no time zone; it cannot be stored.</source>
            <translation>L'orario non ha un fuso orario; non può essere memorizzato.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This field is required.</source>
            <translation>Questo campo è obbligatorio.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>“{value}” is not one of the allowed choices.</source>
            <translation>«{value}» non è tra le scelte consentite.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/sessions.py" line="+9" />
            <source>The session number in the course starts at 1.</source>
            <translation>Il numero della seduta nel ciclo parte da 1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The planned duration must be more than 0 minutes.</source>
            <translation>La durata prevista deve essere maggiore di 0 minuti.</translation>
        </message>
        <message>
            <location line="+154" />
            <source>A session cannot be moved to another patient.</source>
            <translation>Una seduta non può essere spostata a un altro paziente.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/schema.py" line="+160" />
            <source>This mesomap database has no schema version recorded, so mesomap cannot tell how to open it. It was left untouched. Restore it from a backup.</source>
            <translation>Questo database mesomap non ha una versione dello schema registrata, quindi mesomap non sa come aprirlo. Non è stato toccato. Ripristinatelo da un backup.</translation>
        </message>
        <message>
            <location line="+78" />
            <source>This database was made by an older version of mesomap and needs updating before it can be used. It was left untouched.</source>
            <translation>Questo database è stato creato da una versione precedente di mesomap e va aggiornato prima dell'uso. Non è stato toccato.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The safety copy could not be written (is the disk full?).</source>
            <translation>Non è stato possibile scrivere la copia di sicurezza (il disco è pieno?).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The safety copy made before updating did not pass its integrity check, which suggests the database itself is damaged.</source>
            <translation>La copia di sicurezza fatta prima dell'aggiornamento non ha superato il controllo di integrità, il che fa pensare che il database stesso sia danneggiato.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>A safety copy was kept next to the database file.</source>
            <translation>Una copia di sicurezza è stata conservata accanto al file del database.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/seed.py" line="+53" />
            <source>This database holds real clinic records ({details}), so seed-demo did not touch it. Demonstration data goes into an empty database or one made by seed-demo: give a new file, for example --db sqlite:///mesomap-demo.sqlite.</source>
            <extracomment>Tables that hold a clinic's own records: any row in them makes a non-demo database "in use".</extracomment>
            <translation>Questo database contiene registrazioni reali dello studio ({details}), quindi seed-demo non l'ha toccato. I dati dimostrativi vanno in un database vuoto o creato da seed-demo: indicate un nuovo file, per esempio --db sqlite:///mesomap-demo.sqlite.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/records_courses.py" line="+140" />
            <source>This indication is already in the list.</source>
            <translation>Questa indicazione è già nell'elenco.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>A course has at least one planned session.</source>
            <translation>Un ciclo ha almeno una seduta prevista.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The interval cannot be negative.</source>
            <translation>L'intervallo non può essere negativo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The longest interval must not be shorter than the shortest.</source>
            <translation>L'intervallo più lungo non deve essere più breve di quello più breve.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>A course cannot be moved to another patient.</source>
            <translation>Un ciclo non può essere spostato a un altro paziente.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/records_sessions.py" line="+158" />
            <source>This course belongs to another patient.</source>
            <translation>Questo ciclo appartiene a un altro paziente.</translation>
        </message>
        <message>
            <location line="+141" />
            <source>The number of papules cannot be negative.</source>
            <translation>Il numero di pomfi non può essere negativo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A volume cannot be negative.</source>
            <translation>Un volume non può essere negativo.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>A pain score is between 0 and 10.</source>
            <translation>Un punteggio del dolore è compreso tra 0 e 10.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A circumference must be more than 0 cm.</source>
            <translation>Una circonferenza deve essere maggiore di 0 cm.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/records_signing.py" line="+247" />
            <source>amendment</source>
            <translation>rettifica</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Give the reason for the amendment.</source>
            <translation>Indicate il motivo della rettifica.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Only a signed session is amended; change this one directly.</source>
            <translation>Solo una seduta firmata si rettifica; modificate direttamente questa.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/backup.py" line="+100" />
            <source>The backup could not be made ({reason}). The database itself was not changed. Check that the backup folder {folder} exists, is writable and has free space, then try again.</source>
            <translation>Il backup non è stato eseguito ({reason}). Il database stesso non è stato modificato. Controllate che la cartella di backup {folder} esista, sia scrivibile e abbia spazio libero, poi riprovate.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The file {path} cannot be restored: {reason} The current database was left unchanged. Choose another backup.</source>
            <translation>Il file {path} non può essere ripristinato: {reason} Il database attuale è rimasto invariato. Scegliete un altro backup.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>The backup copy did not pass its integrity check, which suggests the database itself is damaged. No backup was kept. Restore the last good backup or contact support.</source>
            <translation>La copia di backup non ha superato il controllo di integrità, il che fa pensare che il database stesso sia danneggiato. Nessun backup è stato conservato. Ripristinate l'ultimo backup valido o contattate il supporto.</translation>
        </message>
        <message>
            <location line="+73" />
            <source>the file does not exist.</source>
            <translation>il file non esiste.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file is empty.</source>
            <translation>il file è vuoto.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>it is damaged or is not a database.</source>
            <translation>è danneggiato o non è un database.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>it is not a mesomap database.</source>
            <translation>non è un database mesomap.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>it is damaged (its integrity check found errors).</source>
            <translation>è danneggiato (il controllo di integrità ha trovato errori).</translation>
        </message>
        <message>
            <location line="+37" />
            <source>the copy failed its check after restoring.</source>
            <translation>la copia non ha superato il controllo dopo il ripristino.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/patient_export.py" line="+58" />
            <source>This patient has signed session records, which must be kept, so the patient cannot be erased. Nothing was deleted. Anonymise the patient instead: the identity is removed and the clinical record is kept.</source>
            <translation>Questo paziente ha sedute firmate, che vanno conservate, quindi non può essere cancellato. Nulla è stato eliminato. Rendete invece anonimo il paziente: l'identità viene rimossa e la cartella clinica conservata.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/template_snapshots.py" line="+63" />
            <source>This session was planned on the anatomical template “{template}” version {version}, which is no longer installed on this computer, and the database holds no copy of it, so its map cannot be shown or printed on the right outline. Install that template version again (copy its file into the templates folder, or reinstall the mesomap version it came with), then try again. Nothing was changed.</source>
            <translation>Questa seduta è stata pianificata sul modello anatomico «{template}» versione {version}, che non è più installato su questo computer, e il database non ne contiene alcuna copia: la sua mappa non può quindi essere mostrata né stampata sul contorno corretto. Reinstalli quella versione del modello (copi il suo file nella cartella dei modelli, oppure reinstalli la versione di mesomap che lo conteneva), poi riprovi. Non è stato modificato nulla.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The copy of the anatomical template “{template}” version {version} stored with this session does not match the session's record (it was altered), and the installed template differs too, so its map cannot be shown or printed on the right outline. Restore the database from a backup, or install that exact template version again. Nothing was changed.</source>
            <translation>La copia del modello anatomico «{template}» versione {version} salvata con questa seduta non corrisponde alla registrazione della seduta (è stata alterata), e anche il modello installato è diverso: la sua mappa non può quindi essere mostrata né stampata sul contorno corretto. Ripristini il database da un backup, oppure reinstalli esattamente quella versione del modello. Non è stato modificato nulla.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/records_catalog.py" line="+109" />
            <source>This question is already in the checklist. Select it in the list to change it, or type a different question.</source>
            <translation>Questa domanda è già nella lista delle controindicazioni. Selezionatela nell'elenco per modificarla, oppure scrivete un'altra domanda.</translation>
        </message>
    </context>
</TS>
