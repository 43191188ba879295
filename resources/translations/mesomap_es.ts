<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Accounts</name>
        <message>
            <location filename="../../mesomap/gui/accounts/backups.py" line="+60" />
            <source>This is a PostgreSQL database: back it up on the server with pg_dump (see docs/backup.md).</source>
            <translation>Esta es una base de datos PostgreSQL: haga la copia en el servidor con pg_dump (ver docs/backup.md).</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Backup made and checked: %1</source>
            <translation>Copia de seguridad hecha y verificada: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This is a PostgreSQL database: restore it on the server with pg_restore (see docs/backup.md).</source>
            <translation>Esta es una base de datos PostgreSQL: restáurela en el servidor con pg_restore (ver docs/backup.md).</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+12" />
            <source>Restore from backup</source>
            <translation>Restaurar copia de seguridad</translation>
        </message>
        <message>
            <location line="-11" />
            <source>mesomap backups (*.sqlite)</source>
            <translation>Copias de seguridad de mesomap (*.sqlite)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Replace the current database with %1? Everything recorded after that backup is replaced (the current database is kept beside it). Close mesomap on other computers using it first.</source>
            <translation>¿Sustituir la base de datos actual por %1? Todo lo registrado después de esa copia se sustituye (la base actual se conserva al lado). Cierre antes mesomap en los demás ordenadores que la usen.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The database was restored from %1. Log in again.</source>
            <translation>La base de datos se restauró desde %1. Vuelva a iniciar sesión.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/accounts/patient_data.py" line="+59" />
            <source>Choose a patient in the list first.</source>
            <translation>Elija primero un paciente en la lista.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Readable PDF (*.pdf)</source>
            <translation>PDF legible (*.pdf)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export patient data</source>
            <translation>Exportar datos del paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Patient data exported to %1</source>
            <translation>Datos del paciente exportados a %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Erase patient</source>
            <translation>Borrar paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Erase this patient and all their records for good? This cannot be undone. Backups keep them until rotation removes them.</source>
            <translation>¿Borrar definitivamente este paciente y todos sus registros? No se puede deshacer. Las copias de seguridad los conservan hasta que la rotación las elimine.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Anonymise patient</source>
            <translation>Anonimizar paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This patient has signed records, which must be kept, so they cannot be erased. Anonymise instead (remove name, birth date and contact details, keep the clinical record)?</source>
            <translation>Este paciente tiene registros firmados, que deben conservarse, así que no se puede borrar. ¿Anonimizarlo en su lugar (quitar nombre, fecha de nacimiento y datos de contacto, conservar el registro clínico)?</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The patient was erased.</source>
            <translation>El paciente se ha borrado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The patient was anonymised.</source>
            <translation>El paciente se ha anonimizado.</translation>
        </message>
    </context>
    <context>
        <name>AccountsController</name>
        <message numerus="yes">
            <location filename="../../mesomap/gui/accounts/__init__.py" line="+148" />
            <source>The audit trail of this database was changed outside mesomap (%n entries affected). Tell the administrator: keep this database as it is and check it with 'mesomap audit --verify'.</source>
            <translation>
                <numerusform>El registro de auditoría de esta base de datos se modificó fuera de mesomap (%n entrada afectada). Avise al administrador: conserve esta base de datos tal como está y verifíquela con 'mesomap audit --verify'.</numerusform>
                <numerusform>El registro de auditoría de esta base de datos se modificó fuera de mesomap (%n entradas afectadas). Avise al administrador: conserve esta base de datos tal como está y verifíquela con 'mesomap audit --verify'.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+45" />
            <source>Backup made and checked: %1</source>
            <translation>Copia de seguridad hecha y verificada: %1</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Demonstration: no login</source>
            <translation>Demostración: sin inicio de sesión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nobody logged in</source>
            <translation>Nadie ha iniciado sesión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Logged in: %1</source>
            <translation>Sesión iniciada: %1</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../mesomap/gui/actions.py" line="+51" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Patient</source>
            <translation>&amp;Paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Session</source>
            <translation>&amp;Sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tools</source>
            <translation>&amp;Herramientas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Open database…</source>
            <translation>&amp;Abrir base de datos…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open another mesomap database file in a new window</source>
            <translation>Abrir otro archivo de base de datos de mesomap en una ventana nueva</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;demonstration database</source>
            <translation>Abrir la base de &amp;demostración</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the demonstration database (fictional patients) in a new window</source>
            <translation>Abrir la base de demostración (pacientes ficticios) en una ventana nueva</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close mesomap</source>
            <translation>Cerrar mesomap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo the last change to the map</source>
            <translation>Deshacer el último cambio del mapa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Redo the change just undone</source>
            <translation>Rehacer el cambio recién deshecho</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Find patient</source>
            <translation>&amp;Buscar paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go to the patient search box</source>
            <translation>Ir al cuadro de búsqueda de pacientes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Se&amp;ttings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinic and workstation settings</source>
            <translation>Configuración de la clínica y del puesto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Full screen</source>
            <translation>&amp;Pantalla completa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the window on the whole screen</source>
            <translation>Mostrar la ventana en toda la pantalla</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read the patient list again from the database</source>
            <translation>Volver a leer la lista de pacientes de la base de datos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Patient list</source>
            <translation>&amp;Lista de pacientes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show or hide the patient list</source>
            <translation>Mostrar u ocultar la lista de pacientes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;New patient…</source>
            <translation>&amp;Nuevo paciente…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a patient record</source>
            <translation>Crear una ficha de paciente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit patient…</source>
            <translation>&amp;Editar paciente…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the selected patient's details</source>
            <translation>Cambiar los datos del paciente seleccionado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;About mesomap</source>
            <translation>&amp;Acerca de mesomap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Version and licences</source>
            <translation>Versión y licencias</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/printing/actions.py" line="+24" />
            <source>&amp;Print session sheet…</source>
            <translation>&amp;Imprimir hoja de sesión…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print the current session's sheet</source>
            <translation>Imprimir la hoja de la sesión actual</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print pre&amp;view…</source>
            <translation>&amp;Vista previa de impresión…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See the session sheet as it will print</source>
            <translation>Ver la hoja de sesión tal como se imprimirá</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Export sheet as PDF…</source>
            <translation>&amp;Exportar hoja como PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the session sheet as a PDF file</source>
            <translation>Guardar la hoja de sesión como archivo PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print a &amp;day's sheets…</source>
            <translation>Imprimir las hojas de un &amp;día…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print or export every session sheet of a day</source>
            <translation>Imprimir o exportar todas las hojas de sesión de un día</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/accounts/__init__.py" line="-206" />
            <source>S&amp;witch user…</source>
            <translation>&amp;Cambiar de usuario…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Let another person log in without closing mesomap</source>
            <translation>Permitir que otra persona inicie sesión sin cerrar mesomap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Lock</source>
            <translation>&amp;Bloquear</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide patient data until someone logs in again</source>
            <translation>Ocultar los datos de los pacientes hasta que alguien vuelva a iniciar sesión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Audit trail…</source>
            <translation>Registro de &amp;auditoría…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who did what and when, by patient, user and date</source>
            <translation>Quién hizo qué y cuándo, por paciente, usuario y fecha</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/accounts/backups.py" line="-93" />
            <source>&amp;Back up now</source>
            <translation>&amp;Hacer copia de seguridad ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make a checked copy of the database now</source>
            <translation>Hacer ahora una copia verificada de la base de datos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurar copia de seguridad…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replace the database with a checked backup</source>
            <translation>Sustituir la base de datos por una copia de seguridad verificada</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/accounts/patient_data.py" line="-126" />
            <source>E&amp;xport patient data…</source>
            <translation>E&amp;xportar datos del paciente…</translation>
        </message>
        <message>
            <source>Save the selected patient's complete record as a JSON file (access request)</source>
            <translation type="vanished">Guardar la ficha completa del paciente seleccionado en un archivo JSON (solicitud de acceso)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the selected patient's complete record as JSON or a readable PDF (access request)</source>
            <translation>Guardar la ficha completa del paciente seleccionado como JSON o como PDF legible (solicitud de acceso)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>E&amp;rase patient…</source>
            <translation>&amp;Borrar paciente…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Erase the selected patient, or anonymise them if signed records must be kept</source>
            <translation>Borrar el paciente seleccionado, o anonimizarlo si deben conservarse registros firmados</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/records/controller.py" line="+24" />
            <source>Open &amp;record</source>
            <translation>Abrir &amp;ficha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The selected patient's courses, sessions and course plot</source>
            <translation>Ciclos, sesiones y gráfico del ciclo del paciente seleccionado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Today</source>
            <translation>&amp;Hoy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The day's sessions per practitioner</source>
            <translation>Las sesiones del día por profesional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Plan session…</source>
            <translation>&amp;Planificar sesión…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan a session for the selected patient on a template</source>
            <translation>Planificar una sesión para el paciente seleccionado sobre una plantilla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Protocol library…</source>
            <translation>Biblioteca de &amp;protocolos…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The clinic's technique presets</source>
            <translation>Los ajustes de técnica de la clínica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Products, &amp;lots and limits…</source>
            <translation>Productos, &amp;lotes y límites…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Product catalogue, lots, limits and lot recall</source>
            <translation>Catálogo de productos, lotes, límites y retirada de lotes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contraindication &amp;checklist…</source>
            <translation>&amp;Lista de contraindicaciones…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The questions asked before every session</source>
            <translation>Las preguntas que se hacen antes de cada sesión</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/trainer/__init__.py" line="+165" />
            <source>&amp;Presenter view</source>
            <translation>Vista de &amp;presentador</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show injection playback full screen for a projector (fictional maps only)</source>
            <translation>Mostrar la reproducción de las inyecciones a pantalla completa para un proyector (solo mapas ficticios)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Play this patient's &amp;last map</source>
            <translation>Reproducir el ú&amp;ltimo mapa de este paciente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Injection playback of the chosen fictional patient's latest session map, full screen (demonstration database only)</source>
            <translation>Reproducción de las inyecciones del último mapa de sesión del paciente ficticio elegido, a pantalla completa (solo base de demostración)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Technique diagrams</source>
            <translation>Esquemas de &amp;técnica</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Compare two injection techniques on a skin cross-section drawn to scale</source>
            <translation>Comparar dos técnicas de inyección en un corte de piel a escala</translation>
        </message>
        <message>
            <location line="+3" />
            <source>P&amp;ractice exercise</source>
            <translation>E&amp;jercicio práctico</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Let a trainee place papules and score the attempt</source>
            <translation>Dejar que un alumno coloque pápulas y puntuar el intento</translation>
        </message>
    </context>
    <context>
        <name>AdverseEventDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/perform.py" line="+254" />
            <source>Adverse event</source>
            <translation>Acontecimiento adverso</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. bruise, vasovagal reaction</source>
            <translation>p. ej. hematoma, reacción vasovagal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Severity</source>
            <translation>&amp;Gravedad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mild</source>
            <translation>Leve</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Moderate</source>
            <translation>Moderada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Severe</source>
            <translation>Grave</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Onset date</source>
            <translation>Fecha de &amp;aparición</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Description</source>
            <translation>&amp;Descripción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Action taken</source>
            <translation>&amp;Medida tomada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Reason for the amendment</source>
            <translation>&amp;Motivo de la enmienda</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Say what happened (the kind of event).</source>
            <translation>Indique qué ocurrió (el tipo de acontecimiento).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the reason for the amendment.</source>
            <translation>Indique el motivo de la enmienda.</translation>
        </message>
    </context>
    <context>
        <name>Aftercare</name>
        <message>
            <location filename="../../mesomap/printing/aftercare.py" line="+21" />
            <source>Do not wash, rub or massage the treated area for 4 hours.</source>
            <translation>No lave, frote ni masajee la zona tratada durante 4 horas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No make-up or creams on the treated area for 12 hours.</source>
            <translation>Sin maquillaje ni cremas en la zona tratada durante 12 horas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No sauna, steam room, swimming pool or hot bath for 48 hours.</source>
            <translation>Sin sauna, baño de vapor, piscina ni baño caliente durante 48 horas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No intense sport for 24 hours.</source>
            <translation>Sin deporte intenso durante 24 horas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Avoid sun and tanning beds on the treated area for 48 hours.</source>
            <translation>Evite el sol y las cabinas de bronceado en la zona tratada durante 48 horas.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Small bumps, slight redness or small bruises where the needle went in are common and usually fade within one to three days.</source>
            <translation>Pequeños bultos, un leve enrojecimiento o pequeños hematomas donde entró la aguja son frecuentes y suelen desaparecer en uno a tres días.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the area becomes hot, very red, swollen or more painful after the first day;</source>
            <translation>la zona se pone caliente, muy roja, hinchada o más dolorosa después del primer día;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>you have a fever, pus or a wound that does not heal;</source>
            <translation>tiene fiebre, pus o una herida que no cicatriza;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>you notice a rash, itching or any reaction you are worried about.</source>
            <translation>nota una erupción, picor o cualquier reacción que le preocupe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If you have difficulty breathing, swelling of the face or throat, or feel faint, call the emergency services at once.</source>
            <translation>Si tiene dificultad para respirar, hinchazón de la cara o la garganta, o se siente desmayar, llame de inmediato a los servicios de emergencia.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Aftercare after your treatment</source>
            <translation>Cuidados después de su tratamiento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What was done today</source>
            <translation>Qué se hizo hoy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date: %1</source>
            <translation>Fecha: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Areas treated: %1</source>
            <translation>Zonas tratadas: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number of small injections: %1</source>
            <translation>Número de pequeñas inyecciones: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Products: %1</source>
            <translation>Productos: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Practitioner: %1</source>
            <translation>Profesional: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Advice from your clinic</source>
            <translation>Consejos de su clínica</translation>
        </message>
        <message>
            <location line="+3" />
            <source>For the next 24 to 48 hours</source>
            <translation>Durante las próximas 24 a 48 horas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Call the clinic if</source>
            <translation>Llame a la clínica si</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your next appointment</source>
            <translation>Su próxima cita</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not booked yet: please call the clinic.</source>
            <translation>Aún sin cita: llame a la clínica, por favor.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clinic</source>
            <translation>Clínica</translation>
        </message>
    </context>
    <context>
        <name>AmendmentDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/signing.py" line="+89" />
            <source>Amend the signed session</source>
            <translation>Enmienda de la sesión firmada</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The signed record stays as it is; the amendment is shown beside it.</source>
            <translation>El registro firmado queda tal cual; la enmienda se muestra al lado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Reason</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Concerns</source>
            <translation>&amp;Se refiere a</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Actual papules or volumes</source>
            <translation>Pápulas o volúmenes reales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome measures</source>
            <translation>Medidas de resultado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Checklist</source>
            <translation>Lista de comprobación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Correction or addition</source>
            <translation>&amp;Corrección o adición</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Give the reason for the amendment.</source>
            <translation>Indique el motivo de la enmienda.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the correction or addition.</source>
            <translation>Escriba la corrección o la adición.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../mesomap/app.py" line="+171" />
            <source>Opening the database… Before an update mesomap makes a safety copy first; with a large database this can take a few minutes.</source>
            <translation>Abriendo la base de datos… Antes de una actualización mesomap hace primero una copia de seguridad; con una base grande puede tardar unos minutos.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>mesomap could not open the database because of an unexpected problem. The details are in the log file.</source>
            <translation>mesomap no pudo abrir la base de datos por un problema inesperado. Los detalles están en el archivo de registro.</translation>
        </message>
    </context>
    <context>
        <name>AuditViewer</name>
        <message>
            <location filename="../../mesomap/gui/accounts/audit_viewer.py" line="+47" />
            <source>Audit trail</source>
            <translation>Registro de auditoría</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+8" />
            <source>Patient number</source>
            <translation>Número de paciente</translation>
        </message>
        <message>
            <location line="-6" />
            <location line="+7" />
            <location line="+20" />
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Until (inclusive)</source>
            <translation>Hasta (inclusive)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Audit entries</source>
            <translation>Entradas de auditoría</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>Entries: %n</source>
            <translation>
                <numerusform>Entradas: %n</numerusform>
                <numerusform>Entradas: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BatchPrintDialog</name>
        <message>
            <location filename="../../mesomap/gui/printing/batch_dialog.py" line="+46" />
            <location line="+1" />
            <source>Print a day's session sheets</source>
            <translation>Imprimir las hojas de sesión de un día</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;From</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;To</source>
            <translation>&amp;Hasta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>P&amp;ractitioner</source>
            <translation>P&amp;rofesional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Paper</source>
            <translation>&amp;Papel</translation>
        </message>
        <message>
            <location line="+3" />
            <source>US Letter</source>
            <translation>Carta (EE. UU.)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Scale</source>
            <translation>&amp;Escala</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Largest standard scale that fits</source>
            <translation>La mayor escala estándar que cabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Actual size (1:1), tiled when larger than the paper</source>
            <translation>Tamaño real (1:1), en mosaico si es mayor que el papel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Output</source>
            <translation>&amp;Salida</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One PDF with every sheet</source>
            <translation>Un PDF con todas las hojas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One PDF per session, in a folder</source>
            <translation>Un PDF por sesión, en una carpeta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A printer</source>
            <translation>Una impresora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the patient's &amp;aftercare page</source>
            <translation>Añadir la página de &amp;cuidados del paciente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add the patient's aftercare page</source>
            <translation>Añadir la página de cuidados del paciente</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Start</source>
            <translation>&amp;Iniciar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start</source>
            <translation>Iniciar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The last day is before the first day.</source>
            <translation>El último día es anterior al primero.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>There are no sessions to print on these days.</source>
            <translation>No hay sesiones que imprimir en esos días.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Folder for the PDF files</source>
            <translation>Carpeta para los archivos PDF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save the sheets as PDF</source>
            <translation>Guardar las hojas como PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Printing sheets</source>
            <translation>Imprimiendo las hojas</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Preparing %n sheet(s)…</source>
            <translation>
                <numerusform>Preparando %n hoja…</numerusform>
                <numerusform>Preparando %n hojas…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n sheet(s) done.</source>
            <translation>
                <numerusform>%n hoja terminada.</numerusform>
                <numerusform>%n hojas terminadas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancelled: the PDF was not written (files already finished are kept).</source>
            <translation>Cancelado: el PDF no se escribió (los archivos ya terminados se conservan).</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <location filename="../../mesomap/gui/canvas/actions.py" line="+17" />
            <source>Select and edit</source>
            <translation>Seleccionar y editar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select a region; drag it or its corners; double-click an edge to add a corner; M mirrors it.</source>
            <translation>Seleccione una región; arrástrela o arrastre sus esquinas; doble clic en un borde para añadir una esquina; M la refleja.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Papules</source>
            <translation>Pápulas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click to add a papule, drag one to move it, drag on empty space to select; Delete removes, L locks.</source>
            <translation>Haga clic para añadir una pápula, arrastre una para moverla, arrastre en un espacio vacío para seleccionar; Supr elimina, L bloquea.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Polygon</source>
            <translation>Polígono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click the corners; double-click or Enter closes.</source>
            <translation>Haga clic en las esquinas; doble clic o Intro para cerrar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rectangle</source>
            <translation>Rectángulo</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>Drag across the area.</source>
            <translation>Arrastre sobre la zona.</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Ellipse</source>
            <translation>Elipse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Freehand</source>
            <translation>A mano alzada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draw around the area with the button held down.</source>
            <translation>Dibuje alrededor de la zona con el botón pulsado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whole zone</source>
            <translation>Zona completa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click a named zone of the template.</source>
            <translation>Haga clic en una zona con nombre de la plantilla.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click points along a scar or tendon; double-click or Enter ends the line.</source>
            <translation>Haga clic en puntos a lo largo de una cicatriz o un tendón; doble clic o Intro termina la línea.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Point with rings</source>
            <translation>Punto con anillos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click the painful point.</source>
            <translation>Haga clic en el punto doloroso.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measure</source>
            <translation>Medir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click points for a distance; double-click closes an area.</source>
            <translation>Haga clic en puntos para una distancia; el doble clic cierra un área.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/canvas/editing.py" line="+119" />
            <source>Region %1</source>
            <translation>Región %1</translation>
        </message>
        <message>
            <location line="+52" />
            <source>%1 (mirrored)</source>
            <translation>%1 (reflejada)</translation>
        </message>
        <message>
            <location line="+108" />
            <source>Papules belong to a region: click inside a region, or draw one first.</source>
            <translation>Las pápulas pertenecen a una región: haga clic dentro de una región, o dibuje una primero.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/canvas/export.py" line="+37" />
            <source>The picture could not be written to %1; choose another folder.</source>
            <translation>No se pudo escribir la imagen en %1; elija otra carpeta.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The drawing could not be written to %1; choose another folder.</source>
            <translation>No se pudo escribir el dibujo en %1; elija otra carpeta.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/canvas/rules.py" line="+41" />
            <source>No papule here: this point is within {margin} cm of “{zone}”, a zone to avoid. Place it outside the red outline.</source>
            <translation>Ninguna pápula aquí: este punto está a menos de {margin} cm de «{zone}», una zona que evitar. Colóquela fuera del contorno rojo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In the caution zone “{zone}” (keep {margin} cm away): allowed, take care.</source>
            <translation>En la zona de precaución «{zone}» (mantener {margin} cm): permitido, con cuidado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Inside “{zone}” or its {margin} cm margin, a zone to avoid: move or delete this papule.</source>
            <translation>Dentro de «{zone}» o de su margen de {margin} cm, una zona que evitar: mueva o elimine esta pápula.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only {distance} cm from papule {other}: closer than the {spacing} cm spacing.</source>
            <translation>A solo {distance} cm de la pápula {other}: más cerca que la separación de {spacing} cm.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/canvas/tools/draw.py" line="+98" />
            <source>A region needs at least three corners; click more points, then double-click.</source>
            <translation>Una región necesita al menos tres esquinas; haga clic en más puntos y luego doble clic.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>That shape has no area; draw the region again.</source>
            <translation>Esta forma no tiene área; dibuje de nuevo la región.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>A line needs at least two points; click them, then double-click.</source>
            <translation>Una línea necesita al menos dos puntos; haga clic en ellos y luego doble clic.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Drag across the area to draw the shape.</source>
            <translation>Arrastre sobre la zona para dibujar la forma.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Draw around the area with the button held down to outline a region.</source>
            <translation>Dibuje alrededor de la zona con el botón pulsado para delimitar una región.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>There is no named zone here; click inside one of the dotted zones.</source>
            <translation>Aquí no hay ninguna zona con nombre; haga clic dentro de una de las zonas punteadas.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/canvas/undo.py" line="+67" />
            <source>Undo history</source>
            <translation>Historial de deshacer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map as opened</source>
            <translation>Mapa al abrirlo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
    </context>
    <context>
        <name>ChecklistEditorDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/checklist_editor.py" line="+40" />
            <source>Contraindication checklist</source>
            <translation>Lista de contraindicaciones</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Question</source>
            <translation>&amp;Pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Order</source>
            <translation>&amp;Orden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A “yes” stops the session from being marked performed</source>
            <translation>Un «sí» impide marcar la sesión como realizada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Asked at every session</source>
            <translation>Se pregunta en cada sesión</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save question</source>
            <translation>Guardar pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add as new question</source>
            <translation>Añadir como pregunta nueva</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 (no longer asked)</source>
            <translation>%1 (ya no se pregunta)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Type the question.</source>
            <translation>Escriba la pregunta.</translation>
        </message>
    </context>
    <context>
        <name>ClinicLimitsTab</name>
        <message>
            <location filename="../../mesomap/gui/records/clinic_limits.py" line="+40" />
            <source>Clinic limits</source>
            <translation>Límites de la clínica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only for the &amp;area</source>
            <translation>Solo para la &amp;zona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only for the &amp;indication (code)</source>
            <translation>Solo para la &amp;indicación (código)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Max volume per session</source>
            <translation>Volumen máx. por sesión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Max injections per session</source>
            <translation>Inyecciones máx. por sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Max minutes per session</source>
            <translation>Minutos máx. por sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Min days between sessions</source>
            <translation>Días mín. entre sesiones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Max sessions per course</source>
            <translation>Sesiones máx. por ciclo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save limit</source>
            <translation>Guardar límite</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add as new limit</source>
            <translation>Añadir como límite nuevo</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Type a whole number.</source>
            <translation>Escriba un número entero.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Give the limit a name.</source>
            <translation>Dé un nombre al límite.</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/course_dialog.py" line="+213" />
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Consent &amp;date</source>
            <translation>&amp;Fecha del consentimiento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Form version</source>
            <translation>Versión del &amp;formulario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Course</source>
            <translation>&amp;Ciclo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All of the patient's treatment</source>
            <translation>Todo el tratamiento del paciente</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Scope</source>
            <translation>&amp;Alcance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes</source>
            <translation>&amp;Notas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Withdrawn on</source>
            <translation>&amp;Retirado el</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A consent cannot be withdrawn before it was given.</source>
            <translation>Un consentimiento no puede retirarse antes de haberse dado.</translation>
        </message>
    </context>
    <context>
        <name>CourseDialog</name>
        <message>
            <location line="-207" />
            <source>Treatment course</source>
            <translation>Ciclo de tratamiento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit treatment course</source>
            <translation>Editar ciclo de tratamiento</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Indication</source>
            <translation>&amp;Indicación</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Other indication (added to the list)</source>
            <translation>Otra indicación (se añade a la lista)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Area</source>
            <translation>&amp;Zona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Planned sessions</source>
            <translation>Sesiones &amp;previstas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Interval, at least (days)</source>
            <translation>Intervalo, como mínimo (días)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interval, at most (days)</source>
            <translation>Intervalo, como máximo (días)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Started on</source>
            <translation>&amp;Iniciado el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes</source>
            <translation>&amp;Notas</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Record the patient's consent for this course</source>
            <translation>Registrar el consentimiento del paciente para este ciclo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consent date</source>
            <translation>Fecha del consentimiento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consent form version</source>
            <translation>Versión del formulario de consentimiento</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Saved meanwhile by someone else: %1</source>
            <translation>Guardado entretanto por otra persona: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A course usually has %1 to %2 sessions; other counts are allowed.</source>
            <translation>Un ciclo suele tener de %1 a %2 sesiones; se permiten otras cantidades.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The longest interval cannot be shorter than the shortest.</source>
            <translation>El intervalo más largo no puede ser más corto que el más corto.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter the date the patient consented.</source>
            <translation>Introduzca la fecha en que el paciente dio su consentimiento.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Your changes are kept; values only the other person changed were taken over. Save again to store them.</source>
            <translation>Sus cambios se conservan; se han tomado los valores que solo cambió la otra persona. Guarde de nuevo para almacenarlos.</translation>
        </message>
    </context>
    <context>
        <name>CoursePlot</name>
        <message>
            <location filename="../../mesomap/gui/records/course_plot.py" line="+25" />
            <location line="+5" />
            <source>Course plot</source>
            <translation>Gráfico del ciclo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Days since the first session</source>
            <translation>Días desde la primera sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+34" />
            <source>Papules</source>
            <translation>Pápulas</translation>
        </message>
        <message>
            <location line="-32" />
            <source>Volume (mL) · outcome scores</source>
            <translation>Volumen (mL) · puntuaciones de resultado</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Volume (mL)</source>
            <translation>Volumen (mL)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Pain (0–10)</source>
            <translation>Dolor (0–10)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Circumference (cm)</source>
            <translation>Circunferencia (cm)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 d</source>
            <translation>%1 d</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <location filename="../../mesomap/commands/demo.py" line="+61" />
            <source>Preparing the demonstration database with fictional patients…</source>
            <translation>Preparando la base de demostración con pacientes ficticios…</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../mesomap/gui/errors.py" line="+44" />
            <location line="+2" />
            <source>mesomap: error</source>
            <translation>mesomap: error</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Something went wrong inside mesomap ({what}). What you were doing may not have finished; your saved records are not affected. The details are in the log file {path}. If it happens again, send that file to your support contact.</source>
            <translation>Algo falló dentro de mesomap ({what}). Lo que estaba haciendo puede no haber terminado; sus registros guardados no se ven afectados. Los detalles están en el archivo de registro {path}. Si vuelve a ocurrir, envíe ese archivo a su contacto de soporte.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+2" />
            <source>mesomap: unexpected error</source>
            <translation>mesomap: error inesperado</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../mesomap/gui/trainer/export.py" line="+55" />
            <location line="+36" />
            <source>Export for slides</source>
            <translation>Exportar para diapositivas</translation>
        </message>
        <message>
            <location line="-33" />
            <location line="+12" />
            <source>Width (pixels)</source>
            <translation>Ancho (píxeles)</translation>
        </message>
        <message>
            <location line="-10" />
            <location line="+11" />
            <source>Height (pixels)</source>
            <translation>Alto (píxeles)</translation>
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
            <translation>Imágenes (*.png *.svg)</translation>
        </message>
    </context>
    <context>
        <name>LayersDialog</name>
        <message>
            <location filename="../../mesomap/gui/trainer/layers_dialog.py" line="+18" />
            <source>Skin layers: %1</source>
            <translation>Capas de la piel: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Epidermis (mm)</source>
            <translation>Epidermis (mm)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Papillary dermis (mm)</source>
            <translation>Dermis papilar (mm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reticular dermis (mm)</source>
            <translation>Dermis reticular (mm)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hypodermis (mm)</source>
            <translation>Hipodermis (mm)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Teaching values: the defaults follow the depth layers of mesotherapy teaching (epidermis to about 1 mm, superficial dermis 1–2 mm, deep dermis 2–4 mm, hypodermis 4–10 mm), scaled roughly per body area. Adjust them to your own reference.</source>
            <translation>Valores didácticos: los valores por defecto siguen las capas de profundidad de la enseñanza de la mesoterapia (epidermis hasta 1 mm aprox., dermis superficial 1–2 mm, dermis profunda 2–4 mm, hipodermis 4–10 mm), ajustados a grandes rasgos a cada zona del cuerpo. Ajústelos a su propia referencia.</translation>
        </message>
    </context>
    <context>
        <name>Layout</name>
        <message>
            <location filename="../../mesomap/core/layout/geometry.py" line="+52" />
            <source>The region is empty; draw a region with an area first.</source>
            <translation>La región está vacía; dibuje primero una región con área.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The region has points with invalid coordinates; redraw the region.</source>
            <translation>La región tiene puntos con coordenadas no válidas; vuelva a dibujarla.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This pattern needs a region with an area (a polygon); draw an area or choose the line or rings pattern.</source>
            <translation>Este patrón necesita una región con área (un polígono); dibuje un área o elija el patrón de línea o de anillos.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The region's outline crosses itself and cannot be repaired; redraw it.</source>
            <translation>El contorno de la región se cruza consigo mismo y no se puede reparar; vuelva a dibujarlo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The region's outline crossed itself and was repaired; check that the area is the one you meant.</source>
            <translation>El contorno de la región se cruzaba y se ha reparado; compruebe que el área es la que quería.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The region has no area; draw a region with at least three corners.</source>
            <translation>La región no tiene área; dibuje una región con al menos tres esquinas.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A danger zone has a negative or invalid margin ({margin} cm); give it a margin of 0 cm or more.</source>
            <translation>Una zona de peligro tiene un margen negativo o no válido ({margin} cm); asígnele un margen de 0 cm o más.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The margin must be 0 cm or more ({value} cm was given).</source>
            <translation>El margen debe ser de 0 cm o más (se indicó {value} cm).</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/layout/nappage.py" line="+36" />
            <source>The nappage {what} must be a number of zero or more ({value} was given).</source>
            <translation>El parámetro de nappage {what} debe ser un número mayor o igual a cero (se indicó {value}).</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The nappage area must be zero or more square centimetres.</source>
            <translation>El área de nappage debe ser de cero o más centímetros cuadrados.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/layout/order.py" line="+35" />
            <location filename="../../mesomap/core/layout/planner.py" line="+386" />
            <source>Unknown starting corner '{corner}'; choose top_left, top_right, bottom_left or bottom_right.</source>
            <translation>Esquina de inicio desconocida '{corner}'; elija top_left, top_right, bottom_left o bottom_right.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/layout/patterns.py" line="+73" />
            <source>The line pattern needs a line; draw a line along the treatment path.</source>
            <translation>El patrón de línea necesita una línea; dibuje una línea a lo largo del trayecto de tratamiento.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The line is empty or invalid; draw the line again.</source>
            <translation>La línea está vacía o no es válida; vuelva a dibujarla.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The rings pattern needs a centre point; click the painful point.</source>
            <translation>El patrón de anillos necesita un punto central; haga clic en el punto doloroso.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The number of rings must be between 0 and 200 ({count} was given).</source>
            <translation>El número de anillos debe estar entre 0 y 200 (se indicó {count}).</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/layout/planner.py" line="-299" />
            <source>The {what} papules must be pairs of finite x, y coordinates in cm.</source>
            <translation>Las pápulas {what} deben ser pares de coordenadas x, y finitas en cm.</translation>
        </message>
        <message>
            <location line="+266" />
            <source>No papule fits: the margin and the danger zones leave no room in this region.</source>
            <translation>No cabe ninguna pápula: el margen y las zonas de peligro no dejan sitio en esta región.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Unknown pattern '{pattern}'; choose auto, hex, square, line or rings.</source>
            <translation>Patrón desconocido '{pattern}'; elija auto, hex, square, line o rings.</translation>
        </message>
        <message>
            <location line="+65" />
            <location filename="../../mesomap/core/surface/layout.py" line="+384" />
            <source>Some papules placed by hand lie outside the area allowed by the margin and the danger zones; they were kept and are flagged.</source>
            <translation>Algunas pápulas colocadas a mano quedan fuera del área permitida por el margen y las zonas de peligro; se han conservado y están señaladas.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Some papules placed by hand are closer to each other than the spacing.</source>
            <translation>Algunas pápulas colocadas a mano están más cerca entre sí que la separación.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/layout/types.py" line="+62" />
            <source>The spacing must be between {low} and {high} cm ({value} cm was given); enter a spacing in that range.</source>
            <extracomment>The engine accepts spacings in this range (intra-epidermal lines to pain maps). What is *unusual* for a technique is the protocol preset's business, not the engine's. A danger zone or other excluded geometry, alone (margin 0) or with its margin in cm.</extracomment>
            <translation>La separación debe estar entre {low} y {high} cm (se indicó {value} cm); introduzca una separación en ese rango.</translation>
        </message>
        <message>
            <source>The layout follows the skin surface; it is not shifted between the previous session's papules.</source>
            <extracomment>runs in order of usefulness: fronts (exact on developable surfaces), greedy rasters (best on the face), (kind, row angle, seed index)</extracomment>
            <translation type="vanished">La disposición sigue la superficie de la piel; no se desplaza entre las pápulas de la sesión anterior.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/surface/layout.py" line="-17" />
            <source>While dragging, the layout follows the skin surface without the shift between the previous session's papules; it is shifted when you release.</source>
            <extracomment>patterns laid out on the skin; ``square`` (a deliberate square grid, e.g. pain maps) stays the planar engine's square lattice: its skin distances are never shorter than the picture's (a chord is at least its picture projection), so the spacing still holds on the skin runs in order of usefulness: fronts (exact on developable surfaces), greedy rasters (best on the face), (kind, row angle, seed index)</extracomment>
            <translation>Al arrastrar, la disposición sigue la superficie de la piel sin el desplazamiento entre las pápulas de la sesión anterior; se desplaza al soltar.</translation>
        </message>
    </context>
    <context>
        <name>LocaleFormat</name>
        <message>
            <location filename="../../mesomap/core/localeformat.py" line="+126" />
            <source>Enter a number.</source>
            <translation>Introduzca un número.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+28" />
            <source>“{text}” is not a number. Example: {example}.</source>
            <translation>«{text}» no es un número. Ejemplo: {example}.</translation>
        </message>
        <message>
            <location line="-21" />
            <source>“{text}” is ambiguous: write the number without thousands separators, with “{decimal}” before the decimals.</source>
            <translation>«{text}» es ambiguo: escriba el número sin separadores de miles, con «{decimal}» antes de los decimales.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“{text}” has a space or thousands separator: write the number in one piece, with “{decimal}” before the decimals.</source>
            <translation>«{text}» tiene un espacio o separador de miles: escriba el número todo junto, con «{decimal}» antes de los decimales.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>“{text}” is not a number.</source>
            <translation>«{text}» no es un número.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>A volume cannot be negative.</source>
            <translation>Un volumen no puede ser negativo.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A length cannot be negative.</source>
            <translation>Una longitud no puede ser negativa.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Enter a date.</source>
            <translation>Introduzca una fecha.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{text}” is not a date. Example: {example}.</source>
            <translation>«{text}» no es una fecha. Ejemplo: {example}.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Write the year with four digits, for example {example}.</source>
            <translation>Escriba el año con cuatro cifras, por ejemplo {example}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>“{text}” is not a day of the calendar.</source>
            <translation>«{text}» no es un día del calendario.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/fields.py" line="+216" />
            <source>The value must be at least {minimum}.</source>
            <translation>El valor debe ser como mínimo {minimum}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The value must be at most {maximum}.</source>
            <translation>El valor debe ser como máximo {maximum}.</translation>
        </message>
    </context>
    <context>
        <name>LockOverlay</name>
        <message>
            <location filename="../../mesomap/gui/accounts/lock.py" line="+71" />
            <source>mesomap is locked</source>
            <translation>mesomap está bloqueado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Patient data is hidden. Log in to continue: your unsaved work is kept. Another person may log in with their own account.</source>
            <translation>Los datos de los pacientes están ocultos. Inicie sesión para continuar: su trabajo sin guardar se conserva. Otra persona puede iniciar sesión con su propia cuenta.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../mesomap/gui/accounts/dialogs.py" line="+92" />
            <source>Log in to mesomap</source>
            <translation>Iniciar sesión en mesomap</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>Log in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>LoginForm</name>
        <message>
            <location line="-61" />
            <location line="+8" />
            <source>Login name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+6" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Checking…</source>
            <translation>Comprobando…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../mesomap/gui/main_window.py" line="+94" />
            <source>mesomap main window</source>
            <translation>Ventana principal de mesomap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Main toolbar</source>
            <translation>Barra de herramientas principal</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Patients</source>
            <translation>Pacientes</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Start page</source>
            <translation>Página de inicio</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a patient in the list, or create one with Patient ▸ New patient.
The patient's record and maps will open here.</source>
            <translation>Elija un paciente en la lista, o cree uno con Paciente ▸ Nuevo paciente.
La ficha y los mapas del paciente se abrirán aquí.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Database: %1</source>
            <translation>Base de datos: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>DEMO: fictional patients</source>
            <translation>DEMO: pacientes ficticios</translation>
        </message>
        <message>
            <location line="+44" />
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Patient saved.</source>
            <translation>Paciente guardado.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Open a mesomap database</source>
            <translation>Abrir una base de datos de mesomap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>mesomap databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bases de datos de mesomap (*.sqlite *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>The settings window is not available yet.</source>
            <translation type="vanished">La ventana de configuración aún no está disponible.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>About mesomap</source>
            <translation>Acerca de mesomap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>mesomap %1

Plans and records mesotherapy injection maps on real-scale anatomical templates. mesomap records your clinic's protocols; it never recommends a dose of its own.</source>
            <translation>mesomap %1

Planifica y registra mapas de inyección de mesoterapia sobre plantillas anatómicas a escala real. mesomap registra los protocolos de su clínica; nunca recomienda una dosis por su cuenta.</translation>
        </message>
    </context>
    <context>
        <name>MapCanvas</name>
        <message>
            <location filename="../../mesomap/gui/canvas/canvas.py" line="+66" />
            <source>Map canvas</source>
            <translation>Lienzo del mapa</translation>
        </message>
        <message numerus="yes">
            <location line="+161" />
            <source>≈ %n injection(s)</source>
            <translation>
                <numerusform>≈ %n inyección</numerusform>
                <numerusform>≈ %n inyecciones</numerusform>
            </translation>
        </message>
        <message>
            <location line="+112" />
            <source>Hand-placed papules</source>
            <translation>Pápulas colocadas a mano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“%1” has papules you placed by hand. Keep them where they are while the rest is laid out again?</source>
            <translation>«%1» tiene pápulas que colocó a mano. ¿Mantenerlas donde están mientras se redistribuye el resto?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep them</source>
            <translation>Mantenerlas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lay them out too</source>
            <translation>Redistribuirlas también</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Papule %1 of “%2”</source>
            <translation>Pápula %1 de «%2»</translation>
        </message>
        <message>
            <location line="+13" />
            <source>avoid</source>
            <translation>evitar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>caution</source>
            <translation>precaución</translation>
        </message>
    </context>
    <context>
        <name>MapDocument</name>
        <message>
            <location filename="../../mesomap/core/document/serialize.py" line="+47" />
            <source>The map could not be read because it is damaged or was written by a newer mesomap. Open an earlier copy or update mesomap.</source>
            <translation>No se pudo leer el mapa porque está dañado o lo escribió una versión más reciente de mesomap. Abra una copia anterior o actualice mesomap.</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <location filename="../../mesomap/gui/canvas/view.py" line="+58" />
            <source>Map canvas</source>
            <translation>Lienzo del mapa</translation>
        </message>
    </context>
    <context>
        <name>MixtureEditor</name>
        <message>
            <location filename="../../mesomap/gui/records/mixture.py" line="+41" />
            <location line="+35" />
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Lot</source>
            <translation>Lote</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Volume per papule</source>
            <translation>Volumen por pápula</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Lot (expiry)</source>
            <translation>Lote (caducidad)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>mL per papule</source>
            <translation>mL por pápula</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Add product</source>
            <translation>Añadir producto</translation>
        </message>
        <message>
            <location line="+62" />
            <source>%1 (until %2)</source>
            <translation>%1 (hasta el %2)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>This lot has expired.</source>
            <translation>Este lote está caducado.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose a product and one of its lots.</source>
            <translation>Elija un producto y uno de sus lotes.</translation>
        </message>
    </context>
    <context>
        <name>PatientDialog</name>
        <message>
            <location filename="../../mesomap/gui/patient_dialog.py" line="+82" />
            <source>New patient</source>
            <translation>Nuevo paciente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit patient</source>
            <translation>Editar paciente</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Family name</source>
            <translation>&amp;Apellidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Given name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Birth date</source>
            <translation>Fecha de &amp;nacimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sex</source>
            <translation>&amp;Sexo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not stated</source>
            <translation>No indicado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Female</source>
            <translation>Femenino</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Male</source>
            <translation>Masculino</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File &amp;number</source>
            <translation>&amp;Número de historia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone</source>
            <translation>&amp;Teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-&amp;mail</source>
            <translation>Correo &amp;electrónico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Address</source>
            <translation>&amp;Dirección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;llergies</source>
            <translation>A&amp;lergias</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Contraindications</source>
            <translation>&amp;Contraindicaciones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Enter the patient's family name.</source>
            <translation>Introduzca los apellidos del paciente.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The birth date is in the future. Check the year.</source>
            <translation>La fecha de nacimiento está en el futuro. Compruebe el año.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The birth date is before 1900. Check the year.</source>
            <translation>La fecha de nacimiento es anterior a 1900. Compruebe el año.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is not an e-mail address (name@example.org). Leave it empty if unknown.</source>
            <translation>Esto no es una dirección de correo (nombre@example.org). Déjelo vacío si no la conoce.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Someone else</source>
            <translation>Otra persona</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 changed this patient on %2 while you were editing. Your changes were not saved and are still in the form.</source>
            <translation>%1 cambió este paciente el %2 mientras usted lo editaba. Sus cambios no se guardaron y siguen en el formulario.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 changed this patient while you were editing. Your changes were not saved and are still in the form.</source>
            <translation>%1 cambió este paciente mientras usted lo editaba. Sus cambios no se guardaron y siguen en el formulario.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Their version: %1</source>
            <translation>Su versión: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Their changes to %1 were added to the form.</source>
            <translation>Sus cambios en %1 se añadieron al formulario.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>You both changed %1: your text is kept and theirs is shown under the field.</source>
            <translation>Ambos cambiaron %1: su texto se conserva y el de la otra persona se muestra bajo el campo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check the form, then press Save again, or Cancel to keep their version.</source>
            <translation>Revise el formulario y pulse Guardar de nuevo, o Cancelar para conservar la versión de la otra persona.</translation>
        </message>
    </context>
    <context>
        <name>PatientFit</name>
        <message>
            <location filename="../../mesomap/core/templates/fit.py" line="+83" />
            <source>Enter at least one measurement to fit the template.</source>
            <translation>Introduzca al menos una medida para ajustar la plantilla.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This template has no measurement named</source>
            <translation>Esta plantilla no tiene ninguna medida llamada</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A measurement must be a positive length in cm:</source>
            <translation>Una medida debe ser una longitud positiva en cm:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The measurement is too far from the template's size to be right; check that it is in centimetres and taken between the right points:</source>
            <translation>La medida está demasiado lejos del tamaño de la plantilla para ser correcta; compruebe que está en centímetros y tomada entre los puntos correctos:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Give only one measurement per direction (width or height).</source>
            <translation>Indique solo una medida por dirección (ancho o alto).</translation>
        </message>
        <message>
            <location line="+64" />
            <source>A template can be scaled between 0.5 and 2 times only.</source>
            <translation>Una plantilla solo puede escalarse entre 0,5 y 2 veces.</translation>
        </message>
    </context>
    <context>
        <name>PatientListPanel</name>
        <message>
            <location filename="../../mesomap/gui/patient_list.py" line="+153" />
            <source>Search patients</source>
            <translation>Buscar pacientes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search by name, birth date or file number</source>
            <translation>Buscar por nombre, fecha de nacimiento o número de historia</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Patients</source>
            <translation>Pacientes</translation>
        </message>
        <message numerus="yes">
            <location line="+70" />
            <source>First %n patients shown; type more to narrow the search.</source>
            <translation>
                <numerusform>Se muestran los primeros %n pacientes; escriba más para acotar la búsqueda.</numerusform>
                <numerusform>Se muestran los primeros %n pacientes; escriba más para acotar la búsqueda.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Patients found: %n</source>
            <translation>
                <numerusform>Pacientes encontrados: %n</numerusform>
                <numerusform>Pacientes encontrados: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Patients: %n</source>
            <translation>
                <numerusform>Pacientes: %n</numerusform>
                <numerusform>Pacientes: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PatientRecord</name>
        <message>
            <location filename="../../mesomap/printing/patient_record.py" line="+65" />
            <source>Exported on {when} by {who} for a data-access request. The JSON export holds the same record in full (including every papule position).</source>
            <translation>Exportado el {when} por {who} para una solicitud de acceso a los datos. La exportación JSON contiene la misma ficha completa (incluida la posición de cada pápula).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>None recorded.</source>
            <translation>Ninguno registrado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient record</source>
            <translation>Ficha del paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DEMO — fictional data, not a clinical record</source>
            <translation>DEMO — datos ficticios, no es un registro clínico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identity</source>
            <translation>Identidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Birth date</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient number</source>
            <translation>Número de paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Allergies</source>
            <translation>Alergias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contraindications</source>
            <translation>Contraindicaciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Anonymised</source>
            <translation>Anonimizado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record created</source>
            <translation>Ficha creada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consents</source>
            <translation>Consentimientos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scope</source>
            <translation>Alcance</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Form</source>
            <translation>Formulario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Taken by</source>
            <translation>Recogido por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Treatment courses</source>
            <translation>Ciclos de tratamiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>Zona</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Practitioner</source>
            <translation>Profesional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned sessions</source>
            <translation>Sesiones previstas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interval (days)</source>
            <translation>Intervalo (días)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started</source>
            <translation>Iniciado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Closed</source>
            <translation>Cerrado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Course</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>session</source>
            <translation>sesión</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Performed</source>
            <translation>Realizada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancellation reason</source>
            <translation>Motivo de la cancelación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned regions</source>
            <translation>Regiones previstas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Technique</source>
            <translation>Técnica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lot</source>
            <translation>Lote</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volume per papule</source>
            <translation>Volumen por pápula</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papules planned</source>
            <translation>Pápulas previstas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papules performed</source>
            <translation>Pápulas realizadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total volume</source>
            <translation>Volumen total</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checklist answers</source>
            <translation>Respuestas de la lista de comprobación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answered by</source>
            <translation>Respondido por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adverse events</source>
            <translation>Acontecimientos adversos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Onset</source>
            <translation>Aparición</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action taken</source>
            <translation>Medida tomada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recorded by</source>
            <translation>Registrado por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome measures</source>
            <translation>Medidas de resultado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measured</source>
            <translation>Medido</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Measure</source>
            <translation>Medir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amendments</source>
            <translation>Enmiendas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Content</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signatures</source>
            <translation>Firmas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Signed</source>
            <translation>Firmada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signer</source>
            <translation>Firmante</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Meaning</source>
            <translation>Significado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Digest (SHA-256)</source>
            <translation>Resumen (SHA-256)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit entries about this patient</source>
            <translation>Entradas de auditoría sobre este paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows in this export</source>
            <translation>Filas de esta exportación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Table</source>
            <translation>Tabla</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Page {n} of {m}</source>
            <translation>Página {n} de {m}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient data export — confidential</source>
            <translation>Exportación de datos del paciente — confidencial</translation>
        </message>
        <message>
            <location line="+4" />
            <source>planned</source>
            <translation>prevista</translation>
        </message>
        <message>
            <location line="+1" />
            <source>checked in</source>
            <translation>llegó</translation>
        </message>
        <message>
            <location line="+1" />
            <source>performed</source>
            <translation>realizada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>signed</source>
            <translation>firmada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no-show</source>
            <translation>no acudió</translation>
        </message>
    </context>
    <context>
        <name>PatientRecordView</name>
        <message>
            <location filename="../../mesomap/gui/records/patient_record.py" line="+56" />
            <source>Patient record</source>
            <translation>Ficha del paciente</translation>
        </message>
        <message>
            <location line="+27" />
            <location line="+2" />
            <source>Consents</source>
            <translation>Consentimientos</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+26" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Form</source>
            <translation>Formulario</translation>
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
            <translation>Recogido por</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Withdrawn</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record consent…</source>
            <translation>Registrar consentimiento…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit or withdraw…</source>
            <translation>Editar o retirar…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+2" />
            <source>Treatment courses</source>
            <translation>Ciclos de tratamiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indication</source>
            <translation>Indicación</translation>
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
            <translation>Sesiones</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Interval</source>
            <translation>Intervalo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next due</source>
            <translation>Próxima prevista</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Warnings</source>
            <translation>Avisos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New course…</source>
            <translation>Nuevo ciclo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit course…</source>
            <translation>Editar ciclo…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Papules</source>
            <translation>Pápulas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Days since previous</source>
            <translation>Días desde la anterior</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Plan session…</source>
            <translation>Planificar sesión…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open session</source>
            <translation>Abrir sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeat as next session</source>
            <translation>Repetir como próxima sesión</translation>
        </message>
        <message>
            <location line="+65" />
            <source>birth date not recorded</source>
            <translation>fecha de nacimiento no registrada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 %2 — %3</source>
            <translation>%1 %2 — %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Allergies: %1</source>
            <translation>Alergias: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contraindications: %1</source>
            <translation>Contraindicaciones: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No allergies or contraindications recorded.</source>
            <translation>No hay alergias ni contraindicaciones registradas.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>all treatment</source>
            <translation>todo el tratamiento</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 to %2</source>
            <translation>del %1 al %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1–%2 days</source>
            <translation>%1–%2 días</translation>
        </message>
    </context>
    <context>
        <name>PatientTableModel</name>
        <message>
            <location filename="../../mesomap/gui/patient_list.py" line="-147" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Birth date</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>File no.</source>
            <translation>N.º historia</translation>
        </message>
    </context>
    <context>
        <name>PerformDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/perform.py" line="-236" />
            <source>Contraindication checklist and performing</source>
            <translation>Lista de contraindicaciones y realización</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Contraindication checklist (answer every question)</source>
            <translation>Lista de contraindicaciones (responda a todas las preguntas)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not applicable</source>
            <translation>No procede</translation>
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
            <translation>Realizado realmente</translation>
        </message>
        <message>
            <location line="+9" />
            <source>papules</source>
            <translation>pápulas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papules performed in %1</source>
            <translation>Pápulas realizadas en %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Volume of %1</source>
            <translation>Volumen de %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Outcome measures</source>
            <translation>Medidas de resultado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pain score (0–10)</source>
            <translation>Puntuación de dolor (0–10)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Circumference (cm)</source>
            <translation>Circunferencia (cm)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where measured</source>
            <translation>Lugar de la medida</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other score</source>
            <translation>Otra puntuación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other score's name</source>
            <translation>Nombre de la otra puntuación</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <source>Save checklist</source>
            <translation>Guardar lista</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Mark performed</source>
            <translation>Marcar como realizada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>PlanSessionDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/plan_dialog.py" line="+39" />
            <source>Plan a session</source>
            <translation>Planificar una sesión</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Date</source>
            <translation>&amp;Fecha</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Time</source>
            <translation>&amp;Hora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Course</source>
            <translation>&amp;Ciclo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no course)</source>
            <translation>(sin ciclo)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No template chosen</source>
            <translation>Ninguna plantilla elegida</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose template</source>
            <translation>Elegir plantilla</translation>
        </message>
        <message>
            <location line="+3" />
            <source>T&amp;emplate</source>
            <translation>&amp;Plantilla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient fit (scale)</source>
            <translation>Ajuste al paciente (escala)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Notes</source>
            <translation>&amp;Notas</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The practitioner chooses the template.</source>
            <translation>El profesional elige la plantilla.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>This is earlier than the course's shortest interval (%1 days): next due from %2.</source>
            <translation>Es antes del intervalo más corto del ciclo (%1 días): próxima prevista a partir del %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The course already has its %1 planned sessions; this one goes beyond the plan.</source>
            <translation>El ciclo ya tiene sus %1 sesiones previstas; esta va más allá del plan.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose the template the map is drawn on.</source>
            <translation>Elija la plantilla sobre la que se dibuja el mapa.</translation>
        </message>
    </context>
    <context>
        <name>PlaybackView</name>
        <message>
            <location filename="../../mesomap/gui/trainer/playback.py" line="+139" />
            <source>Injection playback</source>
            <translation>Reproducción de las inyecciones</translation>
        </message>
        <message>
            <location line="+144" />
            <source>Injections %1 / %2</source>
            <translation>Inyecciones %1 / %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Volume %1</source>
            <translation>Volumen %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Speed %1×</source>
            <translation>Velocidad %1×</translation>
        </message>
    </context>
    <context>
        <name>PracticeWindow</name>
        <message>
            <location filename="../../mesomap/gui/trainer/practice.py" line="+59" />
            <source>mesomap — practice exercise (DEMO)</source>
            <translation>mesomap — ejercicio práctico (DEMO)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Place papules by hand</source>
            <translation>Colocar las pápulas a mano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draw the region and adjust</source>
            <translation>Dibujar la región y ajustar</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+31" />
            <source>Trainee</source>
            <translation>Alumno</translation>
        </message>
        <message>
            <location line="-30" />
            <source>Template</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zone</source>
            <translation>Zona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technique</source>
            <translation>Técnica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mode</source>
            <translation>Modo</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Show hints while placing</source>
            <translation>Mostrar sugerencias al colocar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New exercise</source>
            <translation>Nuevo ejercicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the automatic layout</source>
            <translation>Mostrar la disposición automática</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save attempt</source>
            <translation>Guardar intento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Rank</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mark</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rules broken</source>
            <translation>Reglas incumplidas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papules</source>
            <translation>Pápulas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Attempts</source>
            <translation>Intentos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Attempts at this exercise</source>
            <translation>Intentos de este ejercicio</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Place the papules, then press Score. Spacing: %1 cm.</source>
            <translation>Coloque las pápulas y pulse Puntuar. Separación: %1 cm.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>On the map: red marks a broken rule, orange a caution zone, a grey dashed ring a papule off the zone, violet the area farther than 0.65 × spacing from any papule.</source>
            <translation>En el mapa: el rojo marca una regla incumplida, el naranja una zona de precaución, un anillo gris discontinuo una pápula fuera de la zona, el violeta el área a más de 0,65 × la separación de cualquier pápula.</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Type the trainee's name first, then save the attempt.</source>
            <translation>Escriba primero el nombre del alumno y luego guarde el intento.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The attempt could not be saved. Check that the user data folder can be written.</source>
            <translation>No se pudo guardar el intento. Compruebe que se puede escribir en la carpeta de datos del usuario.</translation>
        </message>
    </context>
    <context>
        <name>PresenterView</name>
        <message>
            <location filename="../../mesomap/gui/trainer/presenter.py" line="+44" />
            <source>mesomap — presenter view (DEMO)</source>
            <translation>mesomap — vista de presentador (DEMO)</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Template</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zones</source>
            <translation>Zonas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technique</source>
            <translation>Técnica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pattern</source>
            <translation>Patrón</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Restart</source>
            <translation>Reiniciar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>◀ Back</source>
            <translation>◀ Atrás</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+81" />
            <source>▶ Play</source>
            <translation>▶ Reproducir</translation>
        </message>
        <message>
            <location line="-80" />
            <source>Step ▶</source>
            <translation>Paso ▶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Slower</source>
            <translation>Más lento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Faster</source>
            <translation>Más rápido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Techniques</source>
            <translation>Técnicas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave</source>
            <translation>Salir</translation>
        </message>
        <message>
            <location line="+47" />
            <source>The session's map</source>
            <translation>El mapa de la sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Main zones</source>
            <translation>Zonas principales</translation>
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
            <translation>La carpeta {folder} no existe. Elija una carpeta existente.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>mesomap cannot write in {folder}. Choose a folder you may write to.</source>
            <translation>mesomap no puede escribir en {folder}. Elija una carpeta en la que pueda escribir.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>There are no sessions to print.</source>
            <translation>No hay sesiones que imprimir.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/printing/session_print.py" line="+46" />
            <source>The sheet could not be printed. The details are in the log file.</source>
            <translation>No se pudo imprimir la hoja. Los detalles están en el archivo de registro.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/printing/actions.py" line="+47" />
            <source>Log in first: sheets show patient data and print only for a logged-in user.</source>
            <translation>Inicie sesión primero: las hojas muestran datos de pacientes y solo se imprimen para un usuario con sesión iniciada.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Open a session first: there is no session to print.</source>
            <translation>Abra primero una sesión: no hay ninguna sesión que imprimir.</translation>
        </message>
    </context>
    <context>
        <name>ProductsDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/catalog_dialogs.py" line="+140" />
            <source>Products, lots and limits</source>
            <translation>Productos, lotes y límites</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Products and lots</source>
            <translation>Productos y lotes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lot recall</source>
            <translation>Retirada de lote</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clinic limits</source>
            <translation>Límites de la clínica</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Scroll the tabs left</source>
            <translation>Desplazar las pestañas a la izquierda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Scroll the tabs right</source>
            <translation>Desplazar las pestañas a la derecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Products</source>
            <translation>Productos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Actives</source>
            <translation>Principios &amp;activos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Max volume per session</source>
            <translation>Volumen máx. por sesión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Max injections per session</source>
            <translation>Inyecciones máx. por sesión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Min days between sessions</source>
            <translation>Días mín. entre sesiones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Max sessions per course</source>
            <translation>Sesiones máx. por ciclo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save product</source>
            <translation>Guardar producto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add as new product</source>
            <translation>Añadir como producto nuevo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lots</source>
            <translation>Lotes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lot</source>
            <translation>Lote</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Expiry</source>
            <translation>Caducidad</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+34" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="-29" />
            <source>New lot &amp;number</source>
            <translation>&amp;Número del lote nuevo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Expiry date</source>
            <translation>Fecha de &amp;caducidad</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add lot</source>
            <translation>Añadir lote</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Lot to recall</source>
            <translation>Lote que retirar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include planned sessions</source>
            <translation>Incluir las sesiones previstas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Find patients</source>
            <translation>Buscar pacientes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Patients who received the lot</source>
            <translation>Pacientes que recibieron el lote</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regions</source>
            <translation>Regiones</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Planned</source>
            <translation>Prevista</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Given</source>
            <translation>Administrado</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Expired: refused</source>
            <translation>Caducado: rechazado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Expires within 30 days</source>
            <translation>Caduca en 30 días</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Usable</source>
            <translation>Utilizable</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Give the product a name.</source>
            <translation>Dé un nombre al producto.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Type the lot number printed on the box.</source>
            <translation>Escriba el número de lote impreso en la caja.</translation>
        </message>
    </context>
    <context>
        <name>ProtocolLibraryDialog</name>
        <message>
            <location line="-240" />
            <source>Protocol library</source>
            <translation>Biblioteca de protocolos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Presets</source>
            <translation>Ajustes predefinidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Technique code</source>
            <translation>Código de &amp;técnica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needle &amp;gauge (G)</source>
            <translation>&amp;Calibre de la aguja (G)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Spacing</source>
            <translation>&amp;Separación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Depth (mm)</source>
            <translation>&amp;Profundidad (mm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needle &amp;length (mm)</source>
            <translation>&amp;Longitud de la aguja (mm)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Angle (degrees)</source>
            <translation>Á&amp;ngulo (grados)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seconds per papule</source>
            <translation>Segundos por pápula</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Setup (minutes)</source>
            <translation>Preparación (minutos)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Volume per papule</source>
            <translation>&amp;Volumen por pápula</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as new preset</source>
            <translation>Guardar como nuevo ajuste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Give the preset a name.</source>
            <translation>Dé un nombre al ajuste.</translation>
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
            <translation>Realizada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed</source>
            <translation>Firmada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-show</source>
            <translation>No acudió</translation>
        </message>
        <message>
            <location line="+75" />
            <source>No warnings.</source>
            <translation>Sin avisos.</translation>
        </message>
    </context>
    <context>
        <name>RecordsController</name>
        <message>
            <location filename="../../mesomap/gui/records/controller.py" line="+61" />
            <source>Hand-placed papules</source>
            <translation>Pápulas colocadas a mano</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This region has papules placed by hand. Keep them where they are?</source>
            <translation>Esta región tiene pápulas colocadas a mano. ¿Mantenerlas donde están?</translation>
        </message>
        <message>
            <location line="+70" />
            <source>The previous map was saved before opening this session.</source>
            <translation>El mapa anterior se guardó antes de abrir esta sesión.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../mesomap/gui/accounts/recovery.py" line="+193" />
            <source>Restore unsaved maps</source>
            <translation>Restaurar los mapas sin guardar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>mesomap stopped unexpectedly while maps were open and not saved. They were kept: restore them to continue where you were, or discard them.</source>
            <translation>mesomap se cerró inesperadamente con mapas abiertos sin guardar. Se han conservado: restáurelos para seguir donde estaba, o descártelos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unsaved maps</source>
            <translation>Mapas sin guardar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 — saved %2</source>
            <translation>%1 — guardado %2</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location line="+19" />
            <source>One recovery file could not be read and was left in place: %1</source>
            <translation>Un archivo de recuperación no se pudo leer y se dejó en su sitio: %1</translation>
        </message>
    </context>
    <context>
        <name>RegionPanel</name>
        <message>
            <location filename="../../mesomap/gui/records/region_panel.py" line="+46" />
            <location line="+2" />
            <source>Regions</source>
            <translation>Regiones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Selected region</source>
            <translation>Región seleccionada</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Preset</source>
            <translation>&amp;Ajuste predefinido</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(none: the region's own values)</source>
            <translation>(ninguno: valores propios de la región)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Spacing</source>
            <translation>&amp;Separación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Depth (mm)</source>
            <translation>&amp;Profundidad (mm)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Apply name, preset and overrides</source>
            <translation>Aplicar nombre, ajuste y modificaciones</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mixture</source>
            <translation>Mezcla</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Apply mixture</source>
            <translation>Aplicar mezcla</translation>
        </message>
        <message>
            <location line="+89" />
            <source>Changed from the preset: %1</source>
            <translation>Cambiado respecto al ajuste: %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Give the region a name.</source>
            <translation>Dé un nombre a la región.</translation>
        </message>
    </context>
    <context>
        <name>RepeatDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/repeat_dialog.py" line="+154" />
            <source>Repeat as the next session</source>
            <translation>Repetir como la próxima sesión</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Date</source>
            <translation>&amp;Fecha</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Time</source>
            <translation>&amp;Hora</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Shift the papules to fall between the previous ones</source>
            <translation>Desplazar las pápulas entre las anteriores</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The previous papules are shown faintly under the new map.</source>
            <translation>Las pápulas anteriores se muestran atenuadas bajo el nuevo mapa.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Laying out the new session's papules on the skin…</source>
            <translation>Distribuyendo las pápulas de la nueva sesión sobre la piel…</translation>
        </message>
        <message>
            <location line="+63" />
            <source>The new session was stored, but it could not be opened here. Close this window and open it from the patient's record.</source>
            <translation>La nueva sesión se guardó, pero no se pudo abrir aquí. Cierre esta ventana y ábrala desde la ficha del paciente.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The new session could not be laid out, so nothing was stored. Try again, or untick “%1” to copy the previous papules as they were.</source>
            <translation>No se pudieron distribuir las pápulas de la nueva sesión, así que no se guardó nada. Vuelva a intentarlo o desmarque «%1» para copiar las pápulas anteriores tal como estaban.</translation>
        </message>
    </context>
    <context>
        <name>RescheduleDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/today.py" line="+238" />
            <source>Change the session's time</source>
            <translation>Cambiar la hora de la sesión</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Date</source>
            <translation>&amp;Fecha</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Time</source>
            <translation>&amp;Hora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Note</source>
            <translation>&amp;Nota</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <location filename="../../mesomap/gui/records/session_editor.py" line="+51" />
            <source>Session editor</source>
            <translation>Editor de sesión</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Amendments (beside the signed original)</source>
            <translation>Enmiendas (junto al original firmado)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Amendments</source>
            <translation>Enmiendas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Totals</source>
            <translation>Totales</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Warnings</source>
            <translation>Avisos</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save map</source>
            <translation>Guardar mapa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Checklist and perform…</source>
            <translation>Lista de comprobación y realización…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adverse event…</source>
            <translation>Acontecimiento adverso…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sign…</source>
            <translation>Firmar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amend…</source>
            <translation>Enmendar…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Repeat as next session</source>
            <translation>Repetir como próxima sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print preview…</source>
            <translation>Vista previa de impresión…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Verify signature</source>
            <translation>Verificar firma</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Map canvas</source>
            <translation>Lienzo del mapa</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Map tools</source>
            <translation>Herramientas del mapa</translation>
        </message>
        <message>
            <location line="+69" />
            <source>%1 — session %2, %3 — %4</source>
            <translation>%1 — sesión %2, %3 — %4</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 — session, %3 — %4</source>
            <translation>%1 — sesión, %3 — %4</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Signed by %1 on %2 (%3). SHA-256 %4</source>
            <translation>Firmada por %1 el %2 (%3). SHA-256 %4</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Performed on %1</source>
            <translation>Realizada el %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: %2 papules performed</source>
            <translation>%1: %2 pápulas realizadas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Adverse event: %1 (%2) %3</source>
            <translation>Acontecimiento adverso: %1 (%2) %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>pain (0–10)</source>
            <translation>dolor (0–10)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>circumference (cm)</source>
            <translation>circunferencia (cm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>score</source>
            <translation>puntuación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Outcome %1: %2</source>
            <translation>Resultado %1: %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>adverse event %1 (%2) %3</source>
            <translation>acontecimiento adverso %1 (%2) %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1, %2 — %3: %4</source>
            <translation>%1, %2 — %3: %4</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Papules: %1</source>
            <translation>Pápulas: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Injections: %1</source>
            <translation>Inyecciones: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Total volume: %1</source>
            <translation>Volumen total: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Estimated duration: %1 min</source>
            <translation>Duración estimada: %1 min</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Your map is kept on the screen; Save map again to replace the other version with it.</source>
            <translation>Su mapa se mantiene en pantalla; vuelva a guardar el mapa para sustituir la otra versión por la suya.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Map saved.</source>
            <translation>Mapa guardado.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The signature matches the stored record.</source>
            <translation>La firma coincide con el registro almacenado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The stored record no longer matches its signature. Report this to the administrator.</source>
            <translation>El registro almacenado ya no coincide con su firma. Comuníquelo al administrador.</translation>
        </message>
    </context>
    <context>
        <name>SessionPrinting</name>
        <message>
            <location filename="../../mesomap/gui/printing/session_print.py" line="+105" />
            <location line="+1" />
            <source>Print preview</source>
            <translation>Vista previa de impresión</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Export the sheet as PDF</source>
            <translation>Exportar la hoja como PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export PDF</source>
            <translation>Exportar PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the sheet…</source>
            <translation>Escribiendo la hoja…</translation>
        </message>
    </context>
    <context>
        <name>SessionSheet</name>
        <message>
            <location filename="../../mesomap/printing/sheet.py" line="+140" />
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Printed %1 by mesomap</source>
            <translation>Impreso el %1 por mesomap</translation>
        </message>
        <message>
            <location line="+3" />
            <source>DEMO — fictional data, not a clinical record</source>
            <translation>DEMO — datos ficticios, no es un registro clínico</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Session sheet</source>
            <translation>Hoja de sesión</translation>
        </message>
        <message>
            <location line="+4" />
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <location line="+6" />
            <source>born %1</source>
            <translation>nacido/a el %1</translation>
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
            <translation>realizada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>signed</source>
            <translation>firmada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>did not attend</source>
            <translation>no acudió</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Course</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session no.</source>
            <translation>Sesión n.º</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sections.py" line="+250" />
            <location filename="../../mesomap/printing/sheet.py" line="+1" />
            <source>Practitioner</source>
            <translation>Profesional</translation>
        </message>
        <message>
            <location line="+15" />
            <location filename="../../mesomap/printing/sheet.py" line="+1" />
            <source>Performed</source>
            <translation>Realizada</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sheet.py" line="+1" />
            <source>Template</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient fit</source>
            <translation>Ajuste</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Map</source>
            <translation>Mapa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This session has no map yet.</source>
            <translation>Esta sesión aún no tiene mapa.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Scale %1</source>
            <translation>Escala %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>actual size</source>
            <translation>tamaño real</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overview %1 — actual size (1:1) on %2 tiles at the end</source>
            <translation>Vista general %1 — tamaño real (1:1) en %2 hojas al final</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sections.py" line="-228" />
            <location line="+120" />
            <location line="+110" />
            <location filename="../../mesomap/printing/sheet.py" line="+12" />
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sheet.py" line="+6" />
            <source>Avoid (dashed: margin)</source>
            <translation>Evitar (discontinuo: margen)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Caution</source>
            <translation>Precaución</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Papule (number: injection order)</source>
            <translation>Pápula (número: orden de inyección)</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Actual size (1:1) — tile %1: row %2 of %3, column %4 of %5</source>
            <translation>Tamaño real (1:1) — hoja %1: fila %2 de %3, columna %4 de %5</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tiles overlap by 1 cm: lay them so that the + marks of neighbouring tiles lie on top of each other.</source>
            <translation>Las hojas se solapan 1 cm: colóquelas de forma que las marcas + de las hojas vecinas queden superpuestas.</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sections.py" line="-239" />
            <source>Regions, technique and products</source>
            <translation>Regiones, técnica y productos</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Technique</source>
            <translation>Técnica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spacing</source>
            <translation>Espacio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papules</source>
            <translation>Pápulas</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+228" />
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <location line="-227" />
            <source>Lot · expiry</source>
            <translation>Lote · caducidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>per papule</source>
            <translation>por pápula</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned</source>
            <translation>Prevista</translation>
        </message>
        <message>
            <location line="+9" />
            <source>depth %1</source>
            <translation>profundidad %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>needle %1G %2</source>
            <translation>aguja %1G %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>angle %1°</source>
            <translation>ángulo %1°</translation>
        </message>
        <message>
            <location line="+16" />
            <source>exp. %1</source>
            <translation>cad. %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>EXPIRED</source>
            <translation>CADUCADO</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The map has no regions.</source>
            <translation>El mapa no tiene regiones.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Total papules</source>
            <translation>Total de pápulas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Injections</source>
            <translation>Inyecciones</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+10" />
            <source>Planned volume</source>
            <translation>Volumen previsto</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Duration (est.)</source>
            <translation>Duración (est.)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Product (total)</source>
            <translation>Producto (total)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lots</source>
            <translation>Lotes</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Contraindication checklist</source>
            <translation>Lista de contraindicaciones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No checklist questions are set up for this clinic.</source>
            <translation>No hay preguntas de la lista configuradas para esta clínica.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N/A</source>
            <translation>N/P</translation>
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
            <translation>Acontecimientos adversos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Onset</source>
            <translation>Aparición</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Event</source>
            <translation>Acontecimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action taken</source>
            <translation>Medida tomada</translation>
        </message>
        <message>
            <location line="+6" />
            <source>None recorded.</source>
            <translation>Ninguno registrado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Amendments</source>
            <translation>Enmiendas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Notes</source>
            <translation>Notas</translation>
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
            <translation>realizó la sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reviewed the record</source>
            <translation>revisó el registro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>signed an amendment</source>
            <translation>firmó una enmienda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 — %2, %3</source>
            <translation>%1 — %2, %3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Electronically signed · record version %1 · digest %2…</source>
            <translation>Firmado electrónicamente · versión del registro %1 · resumen %2…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not signed yet.</source>
            <translation>Aún sin firmar.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Date and time</source>
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Papules done</source>
            <translation>Pápulas realizadas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lot</source>
            <translation>Lote</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volume given</source>
            <translation>Volumen administrado</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../mesomap/core/settings.py" line="+87" />
            <source>“{value}” is not one of the allowed values: {choices}.</source>
            <translation>«{value}» no es uno de los valores permitidos: {choices}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The value must be at least {minimum}.</source>
            <translation>El valor debe ser como mínimo {minimum}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The value must be at most {maximum}.</source>
            <translation>El valor debe ser como máximo {maximum}.</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+26" />
            <source>This setting is either on or off.</source>
            <translation>Este ajuste está activado o desactivado.</translation>
        </message>
        <message>
            <location line="-11" />
            <source>The stored value “{text}” cannot be read.</source>
            <translation>El valor almacenado «{text}» no se puede leer.</translation>
        </message>
        <message>
            <location line="+16" />
            <location filename="../../mesomap/gui/settings_dialog.py" line="+182" />
            <source>Enter a whole number.</source>
            <translation>Introduzca un número entero.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+6" />
            <source>Enter a number.</source>
            <translation>Introduzca un número.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter some text.</source>
            <translation>Introduzca un texto.</translation>
        </message>
        <message>
            <location line="+84" />
            <source>Clinic name</source>
            <translation>Nombre de la clínica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed at the top of every sheet.</source>
            <translation>Se imprime en la parte superior de cada hoja.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Clinic address</source>
            <translation>Dirección de la clínica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed under the clinic name; several lines allowed.</source>
            <translation>Se imprime bajo el nombre de la clínica; se permiten varias líneas.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language of menus, messages and number formats. Automatic follows the system.</source>
            <translation>Idioma de menús, mensajes y formatos numéricos. Automático sigue al sistema.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Automatic (system language)</source>
            <translation>Automático (idioma del sistema)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Paper size</source>
            <translation>Tamaño del papel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paper for printed sheets. Automatic uses Letter in the US, Canada and Mexico and A4 elsewhere.</source>
            <translation>Papel de las hojas impresas. Automático usa Carta en EE. UU., Canadá y México, y A4 en los demás países.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Automatic (from the language and country)</source>
            <translation>Automático (según el idioma y el país)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>US Letter</source>
            <translation>Carta (EE. UU.)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Default spacing (cm)</source>
            <translation>Separación por defecto (cm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distance between papules in a new region when its preset does not say.</source>
            <translation>Distancia entre pápulas en una región nueva cuando su ajuste no la indica.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Default margin (cm)</source>
            <translation>Margen por defecto (cm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distance kept between papules and a region's edge in a new region.</source>
            <translation>Distancia que se mantiene entre las pápulas y el borde de una región nueva.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lock after idle minutes</source>
            <translation>Bloquear tras minutos de inactividad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient data is hidden after this many minutes without use, until someone logs in again.</source>
            <translation>Los datos de los pacientes se ocultan tras estos minutos sin uso, hasta que alguien vuelva a iniciar sesión.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Automatic backups</source>
            <translation>Copias de seguridad automáticas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How often the clinic database is backed up while mesomap runs.</source>
            <translation>Con qué frecuencia se copia la base de datos de la clínica mientras mesomap está abierto.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Off</source>
            <translation>Desactivadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily</source>
            <translation>Diarias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weekly</source>
            <translation>Semanales</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Backup hour</source>
            <translation>Hora de la copia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hour of the day (0–23) after which the scheduled backup runs.</source>
            <translation>Hora del día (0–23) a partir de la cual se hace la copia programada.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lengths shown in</source>
            <translation>Longitudes mostradas en</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit for distances on screen and on sheets. Stored values are always in cm.</source>
            <translation>Unidad de las distancias en pantalla y en las hojas. Los valores almacenados siempre están en cm.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Volumes shown in</source>
            <translation>Volúmenes mostrados en</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit for volumes on screen and on sheets. Stored values are always in mL.</source>
            <translation>Unidad de los volúmenes en pantalla y en las hojas. Los valores almacenados siempre están en mL.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Search delay (ms)</source>
            <translation>Retardo de búsqueda (ms)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How long the patient search waits after the last key before it searches.</source>
            <translation>Cuánto espera la búsqueda de pacientes tras la última tecla antes de buscar.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Aftercare text</source>
            <translation>Texto de cuidados posteriores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Advice printed on the patient's aftercare sheet. Empty uses mesomap's standard text in the patient's language.</source>
            <translation>Consejos impresos en la hoja de cuidados del paciente. Vacío: texto estándar de mesomap en el idioma del paciente.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sheet margins (mm)</source>
            <translation>Márgenes de las hojas (mm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>White border around printed sheets. The map's scale never depends on it.</source>
            <translation>Borde blanco alrededor de las hojas impresas. La escala del mapa nunca depende de él.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../mesomap/gui/settings_dialog.py" line="-108" />
            <source>Settings</source>
            <extracomment>choice labels that are not translated: language names in their own language, units, paper</extracomment>
            <translation>Configuración</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Clinic (every computer using this database)</source>
            <translation>Clínica (todos los ordenadores que usan esta base de datos)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This computer</source>
            <translation>Este ordenador</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only an administrator can change the clinic settings; they are shown here read-only.</source>
            <translation>Solo un administrador puede cambiar la configuración de la clínica; aquí se muestra en modo de solo lectura.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A new language is used from the next start of mesomap.</source>
            <translation>Un idioma nuevo se usa a partir del próximo inicio de mesomap.</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <location filename="../../mesomap/gui/accounts/dialogs.py" line="+61" />
            <source>Create the administrator account</source>
            <translation>Crear la cuenta de administrador</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This clinic database has no accounts yet. Create the administrator account: it manages accounts, settings, products and backups. Keep its password safe.</source>
            <translation>Esta base de datos de la clínica aún no tiene cuentas. Cree la cuenta de administrador: gestiona las cuentas, la configuración, los productos y las copias de seguridad. Guarde su contraseña en lugar seguro.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+9" />
            <source>Login name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <location line="-7" />
            <location line="+8" />
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+6" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location line="-3" />
            <location line="+4" />
            <source>Repeat the password</source>
            <translation>Repita la contraseña</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+1" />
            <source>Create account</source>
            <translation>Crear cuenta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The two passwords differ. Type the same password twice.</source>
            <translation>Las dos contraseñas no coinciden. Escriba la misma contraseña dos veces.</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/signing.py" line="-83" />
            <source>Sign the session</source>
            <translation>Firmar la sesión</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1, signing locks this session's record: afterwards it can only be amended, with a reason, beside the original. Re-enter your password to sign.</source>
            <translation>%1, al firmar se bloquea el registro de esta sesión: después solo podrá enmendarse, con un motivo, junto al original. Vuelva a introducir su contraseña para firmar.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Meaning</source>
            <translation>&amp;Significado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I performed this session</source>
            <translation>Realicé esta sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I reviewed this session</source>
            <translation>Revisé esta sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password</source>
            <translation>&amp;Contraseña</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <source>Sign</source>
            <translation>Firmar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Enter your password to sign.</source>
            <translation>Introduzca su contraseña para firmar.</translation>
        </message>
    </context>
    <context>
        <name>Surface</name>
        <message>
            <location filename="../../mesomap/core/surface/honesty.py" line="+31" />
            <source>This sheet is a flat projection of a curved body: where the skin turns away, papules look closer together than they are. Distances on the skin: {distances}.</source>
            <translation>Esta hoja es una proyección plana de un cuerpo curvo: donde la piel se curva, las pápulas parecen más juntas de lo que están. Distancias sobre la piel: {distances}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Area: {picture} cm² on the picture, {skin} cm² on the skin.</source>
            <translation>Área: {picture} cm² en la imagen, {skin} cm² sobre la piel.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/surface/views.py" line="+36" />
            <source>Most of this region is skin seen at a steep angle on this view ({share} %); its outline and papules are easier to place on the {template} template.</source>
            <extracomment>Skin seen at more than this angle from the line of sight counts as steep (stretch &gt; 1.56). A region is "mostly steep" when at least this share of its picture area is steep. A profile is suggested only if it sees at least this share of the region's outline.</extracomment>
            <translation>La mayor parte de esta región es piel vista con un ángulo muy inclinado en esta vista ({share} %); su contorno y sus pápulas son más fáciles de colocar en la plantilla {template}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Most of this region is skin seen at a steep angle on this view ({share} %); distances on the picture are much shorter than on the skin there.</source>
            <translation>La mayor parte de esta región es piel vista con un ángulo muy inclinado en esta vista ({share} %); allí las distancias en la imagen son mucho más cortas que sobre la piel.</translation>
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
            <translation>Zona del cuerpo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Technique on the left</source>
            <translation>Técnica a la izquierda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technique on the right</source>
            <translation>Técnica a la derecha</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+2" />
            <source>Layer thicknesses…</source>
            <translation>Grosores de las capas…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
    </context>
    <context>
        <name>TemplateError</name>
        <message>
            <location filename="../../mesomap/core/templates/errors.py" line="+32" />
            <source>The anatomical template file could not be used and was skipped; ask whoever made it to correct it (mesomap templates --check shows the details).</source>
            <translation>El archivo de plantilla anatómica no se pudo usar y se omitió; pida a quien lo hizo que lo corrija (mesomap templates --check muestra los detalles).</translation>
        </message>
    </context>
    <context>
        <name>TemplateFitBar</name>
        <message>
            <location filename="../../mesomap/gui/records/template_fit.py" line="+33" />
            <source>Change template…</source>
            <translation>Cambiar plantilla…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change template</source>
            <translation>Cambiar plantilla</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+7" />
            <source>Patient fit (scale)</source>
            <translation>Ajuste al paciente (escala)</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+1" />
            <source>Apply fit</source>
            <translation>Aplicar ajuste</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No map yet: choose the template to draw on.</source>
            <translation>Aún no hay mapa: elija la plantilla sobre la que dibujar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Template: %1 (version %2)</source>
            <translation>Plantilla: %1 (versión %2)</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/gallery.py" line="+72" />
            <source>Choose a template</source>
            <translation>Elegir una plantilla</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Body area</source>
            <translation>Zona del cuerpo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>View</source>
            <translation>Vista</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Templates</source>
            <translation>Plantillas</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose</source>
            <translation>Elegir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <location filename="../../mesomap/gui/records/today.py" line="-207" />
            <location line="+14" />
            <location line="+1" />
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <location line="-7" />
            <source>◀ Previous day</source>
            <translation>◀ Día anterior</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous day</source>
            <translation>Día anterior</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next day ▶</source>
            <translation>Día siguiente ▶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next day</source>
            <translation>Día siguiente</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Sessions of the day</source>
            <translation>Sesiones del día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open session</source>
            <translation>Abrir sesión</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change time…</source>
            <translation>Cambiar hora…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark cancelled</source>
            <translation>Marcar como cancelada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mark no-show</source>
            <translation>Marcar como no acudió</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
        <message>
            <location line="+48" />
            <source>No practitioner assigned</source>
            <translation>Ningún profesional asignado</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1: %2 planned, %3 performed, %4 signed, %5 cancelled, %6 no-show</source>
            <translation>%1: %2 previstas, %3 realizadas, %4 firmadas, %5 canceladas, %6 no acudieron</translation>
        </message>
    </context>
    <context>
        <name>Trainer</name>
        <message>
            <location filename="../../mesomap/core/trainer/skin.py" line="+31" />
            <source>Epidermis</source>
            <translation>Epidermis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papillary dermis</source>
            <translation>Dermis papilar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reticular dermis</source>
            <translation>Dermis reticular</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hypodermis</source>
            <translation>Hipodermis</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/trainer/__init__.py" line="-98" />
            <source>Technique diagrams</source>
            <translation>Esquemas de técnica</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Trainer mode shows fictional patients only. Open the demonstration database (File menu) and choose a patient there.</source>
            <translation>El modo formador solo muestra pacientes ficticios. Abra la base de demostración (menú Archivo) y elija allí un paciente.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose a patient in the list first.</source>
            <translation>Elija primero un paciente en la lista.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This patient has no session map to play.</source>
            <translation>Este paciente no tiene ningún mapa de sesión que reproducir.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The session map could not be read. The details are in the log file.</source>
            <translation>No se pudo leer el mapa de la sesión. Los detalles están en el archivo de registro.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/trainer/diagrams.py" line="-100" />
            <source>%1 mm deep, %2°, needle %3 G × %4 mm</source>
            <translation>%1 mm de profundidad, %2°, aguja %3 G × %4 mm</translation>
        </message>
        <message>
            <location line="+10" />
            <source>At %1° a %2 mm needle reaches %3 mm at most: the hub would press the skin.</source>
            <translation>A %1°, una aguja de %2 mm llega como máximo a %3 mm: el cono presionaría la piel.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/trainer/export.py" line="+19" />
            <source>The image could not be written to %1. Choose another folder.</source>
            <translation>No se pudo escribir la imagen en %1. Elija otra carpeta.</translation>
        </message>
    </context>
    <context>
        <name>Windows</name>
        <message>
            <location filename="../../mesomap/gui/windows.py" line="+95" />
            <source>The database was updated for this version of mesomap. The copy made before the update is kept at %1.</source>
            <translation>La base de datos se actualizó para esta versión de mesomap. La copia hecha antes de la actualización se conserva en %1.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Opening the database…</source>
            <translation>Abriendo la base de datos…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Preparing the demonstration database with fictional patients…</source>
            <translation>Preparando la base de demostración con pacientes ficticios…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <location filename="../../mesomap/gui/workers.py" line="+207" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>p</name>
        <message>
            <source>Product</source>
            <translation type="vanished">Producto</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation type="vanished">Lote</translation>
        </message>
        <message>
            <source>Volume per papule</source>
            <translation type="vanished">Volumen por pápula</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation type="vanished">Quitar</translation>
        </message>
    </context>
    <context>
        <name>permissions</name>
        <message>
            <location filename="../../mesomap/storage/permissions.py" line="+104" />
            <source>see patients' records</source>
            <translation>consultar las fichas de los pacientes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>add patients or change their identity and contact details</source>
            <translation>añadir pacientes o cambiar su identidad y datos de contacto</translation>
        </message>
        <message>
            <location line="+3" />
            <source>change a patient's allergies, contraindications or clinical notes</source>
            <translation>cambiar las alergias, contraindicaciones o notas clínicas de un paciente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>delete patients</source>
            <translation>eliminar pacientes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>schedule sessions</source>
            <translation>programar sesiones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>plan, perform or change clinical records</source>
            <translation>planificar, realizar o cambiar registros clínicos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>sign sessions</source>
            <translation>firmar sesiones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>amend signed sessions</source>
            <translation>enmendar sesiones firmadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>print patient documents</source>
            <translation>imprimir documentos de pacientes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>change products, lots, presets or clinic limits</source>
            <translation>cambiar productos, lotes, ajustes o límites de la clínica</translation>
        </message>
        <message>
            <location line="+3" />
            <source>change clinic settings</source>
            <translation>cambiar la configuración de la clínica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>manage user accounts</source>
            <translation>gestionar las cuentas de usuario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>back up or restore the database</source>
            <translation>hacer copias de seguridad o restaurar la base de datos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>read the audit trail</source>
            <translation>leer el registro de auditoría</translation>
        </message>
        <message>
            <location line="+1" />
            <source>export a patient's data</source>
            <translation>exportar los datos de un paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>erase or anonymise patients</source>
            <translation>borrar o anonimizar pacientes</translation>
        </message>
    </context>
    <context>
        <name>records</name>
        <message>
            <location filename="../../mesomap/core/records/checklist.py" line="+18" />
            <source>Pregnancy or breastfeeding</source>
            <extracomment>Shipped items (the clinic can edit, add and deactivate them): (code, label, blocking).</extracomment>
            <translation>Embarazo o lactancia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bleeding disorder or anticoagulant treatment</source>
            <translation>Trastorno de la coagulación o tratamiento anticoagulante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active infection at the injection site</source>
            <translation>Infección activa en la zona de inyección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Allergy to a component of the products</source>
            <translation>Alergia a algún componente de los productos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other contraindication (see note)</source>
            <translation>Otra contraindicación (ver nota)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>“{item}” has no answer yet. Answer every question of the checklist before marking the session performed.</source>
            <translation>«{item}» aún no tiene respuesta. Responda a todas las preguntas de la lista antes de marcar la sesión como realizada.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{item}” was answered yes: the session cannot be marked performed. Record what was done instead in the notes.</source>
            <translation>La respuesta a «{item}» es sí: la sesión no puede marcarse como realizada. Anote en su lugar lo que se hizo en las notas.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/records/courses.py" line="+17" />
            <source>Musculoskeletal pain</source>
            <extracomment>Shipped indications (code, English label); the clinic may add its own.</extracomment>
            <translation>Dolor musculoesquelético</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Venous insufficiency / lymphoedema</source>
            <translation>Insuficiencia venosa / linfedema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cellulite</source>
            <translation>Celulitis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skin rejuvenation</source>
            <translation>Rejuvenecimiento cutáneo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alopecia</source>
            <translation>Alopecia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Localised fat</source>
            <translation>Adiposidad localizada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scars</source>
            <translation>Cicatrices</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location line="+45" />
            <source>This session is {gap} day(s) from the session of {other}; the course plans at least {minimum} days between sessions.</source>
            <translation>Esta sesión está a {gap} día(s) de la sesión del {other}; el ciclo prevé al menos {minimum} días entre sesiones.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This session is {gap} days after the previous one; the course plans at most {maximum} days between sessions.</source>
            <translation>Esta sesión es {gap} días después de la anterior; el ciclo prevé como máximo {maximum} días entre sesiones.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{product}: this session is {gap} day(s) from the previous use; its limit is at least {minimum} days between sessions.</source>
            <translation>{product}: esta sesión está a {gap} día(s) del uso anterior; su límite es de al menos {minimum} días entre sesiones.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>This is session {count} of a course planned for {planned} sessions.</source>
            <translation>Esta es la sesión {count} de un ciclo previsto de {planned} sesiones.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/records/limits.py" line="+92" />
            <source>{product}: {volume} mL planned in this session; its limit is {limit} mL per session.</source>
            <translation>{product}: {volume} mL previstos en esta sesión; su límite es {limit} mL por sesión.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{product}: {count} injections planned in this session; its limit is {limit} per session.</source>
            <translation>{product}: {count} inyecciones previstas en esta sesión; su límite es {limit} por sesión.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{product}: {volume} mL over the course with this session; its limit is {limit} mL per course.</source>
            <translation>{product}: {volume} mL en el ciclo con esta sesión; su límite es {limit} mL por ciclo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{product}: {count} injections over the course with this session; its limit is {limit} per course.</source>
            <translation>{product}: {count} inyecciones en el ciclo con esta sesión; su límite es {limit} por ciclo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{product}: this would be session {count} with this product in the course; its limit is {limit} sessions.</source>
            <translation>{product}: sería la sesión {count} con este producto en el ciclo; su límite es {limit} sesiones.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{product}: {days} day(s) since its previous use; its limit is at least {limit} days between sessions.</source>
            <translation>{product}: {days} día(s) desde su uso anterior; su límite es de al menos {limit} días entre sesiones.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{volume} mL planned in this session; the clinic's limit “{label}” is {limit} mL.</source>
            <translation>{volume} mL previstos en esta sesión; el límite de la clínica «{label}» es {limit} mL.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{count} injections planned in this session; the clinic's limit “{label}” is {limit}.</source>
            <translation>{count} inyecciones previstas en esta sesión; el límite de la clínica «{label}» es {limit}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>About {minutes} minutes estimated for this session; the clinic's limit “{label}” is {limit} minutes.</source>
            <translation>Unos {minutes} minutos estimados para esta sesión; el límite de la clínica «{label}» es {limit} minutos.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{days} day(s) since the previous session; the clinic's limit “{label}” is at least {limit} days.</source>
            <translation>{days} día(s) desde la sesión anterior; el límite de la clínica «{label}» es de al menos {limit} días.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This would be session {count} of the course; the clinic's limit “{label}” is {limit} sessions.</source>
            <translation>Sería la sesión {count} del ciclo; el límite de la clínica «{label}» es {limit} sesiones.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/records/lots.py" line="+44" />
            <source>Lot {lot} of {product} expired on {expiry}. Choose another lot: an expired lot cannot be used.</source>
            <translation>El lote {lot} de {product} caducó el {expiry}. Elija otro lote: no se puede usar un lote caducado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Lot {lot} of {product} expires on {expiry}, in {days} day(s).</source>
            <translation>El lote {lot} de {product} caduca el {expiry}, dentro de {days} día(s).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Lot {lot} of {product} expired on {expiry}, so it was taken out of the copied mixture. Choose another lot of {product}.</source>
            <translation>El lote {lot} de {product} caducó el {expiry}, así que se quitó de la mezcla copiada. Elija otro lote de {product}.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/records/presets.py" line="+39" />
            <source>Intra-epidermal (IED), lines</source>
            <translation>Intraepidérmica (IED), líneas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Superficial intradermal / nappage (IDS)</source>
            <translation>Intradérmica superficial / nappage (IDS)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Papules, deep intradermal (IDP)</source>
            <translation>Pápulas, intradérmica profunda (IDP)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Papules for pain (IDP, 2–3 cm)</source>
            <translation>Pápulas para el dolor (IDP, 2–3 cm)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Point-by-point intradermo-hypodermic</source>
            <translation>Punto por punto intradermo-hipodérmica</translation>
        </message>
    </context>
    <context>
        <name>self.window</name>
        <message>
            <source>This is a PostgreSQL database: back it up on the server with pg_dump (see docs/backup.md).</source>
            <translation type="vanished">Esta es una base de datos PostgreSQL: haga la copia en el servidor con pg_dump (ver docs/backup.md).</translation>
        </message>
        <message>
            <source>Backup made and checked: %1</source>
            <translation type="vanished">Copia de seguridad hecha y verificada: %1</translation>
        </message>
        <message>
            <source>This is a PostgreSQL database: restore it on the server with pg_restore (see docs/backup.md).</source>
            <translation type="vanished">Esta es una base de datos PostgreSQL: restáurela en el servidor con pg_restore (ver docs/backup.md).</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation type="vanished">Restaurar copia de seguridad</translation>
        </message>
        <message>
            <source>mesomap backups (*.sqlite)</source>
            <translation type="vanished">Copias de seguridad de mesomap (*.sqlite)</translation>
        </message>
        <message>
            <source>Replace the current database with %1? Everything recorded after that backup is replaced (the current database is kept beside it). Close mesomap on other computers using it first.</source>
            <translation type="vanished">¿Sustituir la base de datos actual por %1? Todo lo registrado después de esa copia se sustituye (la base actual se conserva al lado). Cierre antes mesomap en los demás ordenadores que la usen.</translation>
        </message>
        <message>
            <source>The database was restored from %1. Log in again.</source>
            <translation type="vanished">La base de datos se restauró desde %1. Vuelva a iniciar sesión.</translation>
        </message>
        <message>
            <source>Choose a patient in the list first.</source>
            <translation type="vanished">Elija primero un paciente en la lista.</translation>
        </message>
        <message>
            <source>Readable PDF (*.pdf)</source>
            <translation type="vanished">PDF legible (*.pdf)</translation>
        </message>
        <message>
            <source>Export patient data</source>
            <translation type="vanished">Exportar datos del paciente</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation type="vanished">Archivos JSON (*.json)</translation>
        </message>
        <message>
            <source>Patient data exported to %1</source>
            <translation type="vanished">Datos del paciente exportados a %1</translation>
        </message>
        <message>
            <source>Erase patient</source>
            <translation type="vanished">Borrar paciente</translation>
        </message>
        <message>
            <source>Erase this patient and all their records for good? This cannot be undone. Backups keep them until rotation removes them.</source>
            <translation type="vanished">¿Borrar definitivamente este paciente y todos sus registros? No se puede deshacer. Las copias de seguridad los conservan hasta que la rotación las elimine.</translation>
        </message>
        <message>
            <source>Anonymise patient</source>
            <translation type="vanished">Anonimizar paciente</translation>
        </message>
        <message>
            <source>This patient has signed records, which must be kept, so they cannot be erased. Anonymise instead (remove name, birth date and contact details, keep the clinical record)?</source>
            <translation type="vanished">Este paciente tiene registros firmados, que deben conservarse, así que no se puede borrar. ¿Anonimizarlo en su lugar (quitar nombre, fecha de nacimiento y datos de contacto, conservar el registro clínico)?</translation>
        </message>
        <message>
            <source>The patient was erased.</source>
            <translation type="vanished">El paciente se ha borrado.</translation>
        </message>
        <message>
            <source>The patient was anonymised.</source>
            <translation type="vanished">El paciente se ha anonimizado.</translation>
        </message>
    </context>
    <context>
        <name>storage</name>
        <message>
            <location filename="../../mesomap/storage/accounts.py" line="+81" />
            <source>The login name or the password is not correct. Check them and try again.</source>
            <translation>El nombre de usuario o la contraseña no son correctos. Compruébelos e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Too many wrong passwords for this account. Wait {seconds} seconds, then try again.</source>
            <translation>Demasiadas contraseñas incorrectas para esta cuenta. Espere {seconds} segundos e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>The password must have at least {minimum} characters.</source>
            <translation>La contraseña debe tener al menos {minimum} caracteres.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>The login name must be one word of at most 64 characters.</source>
            <translation>El nombre de usuario debe ser una sola palabra de 64 caracteres como máximo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The name is required.</source>
            <translation>El nombre es obligatorio.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Give the account at least one role.</source>
            <translation>Asigne al menos un rol a la cuenta.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The login name {login} is taken. Choose another one.</source>
            <translation>El nombre de usuario {login} ya está en uso. Elija otro.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This database already has accounts; ask an administrator to create yours.</source>
            <translation>Esta base de datos ya tiene cuentas; pida a un administrador que cree la suya.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/engine.py" line="+179" />
            <source>mesomap cannot use the database {url}: only SQLite files (sqlite:///path) and PostgreSQL servers (postgresql+psycopg://user@host/database) are supported.</source>
            <translation>mesomap no puede usar la base de datos {url}: solo se admiten archivos SQLite (sqlite:///ruta) y servidores PostgreSQL (postgresql+psycopg://usuario@host/base).</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The folder {folder} does not exist, so the database file cannot be created there. Create the folder or choose another location.</source>
            <translation>La carpeta {folder} no existe, así que no se puede crear allí el archivo de base de datos. Cree la carpeta o elija otra ubicación.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>mesomap cannot read or create the database file {path} ({reason}). Check that it is a file you may write to, or choose another location.</source>
            <translation>mesomap no puede leer ni crear el archivo de base de datos {path} ({reason}). Compruebe que es un archivo en el que puede escribir, o elija otra ubicación.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The database {url} is busy or cannot be read right now (another mesomap may be saving a large change). Wait a moment and try again.</source>
            <translation>La base de datos {url} está ocupada o no se puede leer ahora (otro mesomap puede estar guardando un cambio grande). Espere un momento e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/errors.py" line="+24" />
            <source>The database could not be used. The log file has the technical details.</source>
            <translation>No se pudo usar la base de datos. El archivo de registro tiene los detalles técnicos.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>mesomap could not open the database at {url}. Check the address, that the server is running and that you may use it, then try again.</source>
            <translation>mesomap no pudo abrir la base de datos en {url}. Compruebe la dirección, que el servidor esté funcionando y que puede usarlo, e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The database file {path} is on a network or cloud-synchronised location ({reason}). SQLite files there can be corrupted when two computers or the sync service write at the same time, so mesomap refuses to use it. Keep the file on this computer's own disk, or let several workstations share a PostgreSQL server (--db postgresql+psycopg://...).</source>
            <translation>El archivo de base de datos {path} está en una ubicación de red o sincronizada en la nube ({reason}). Allí los archivos SQLite pueden dañarse cuando dos ordenadores o el servicio de sincronización escriben a la vez, por lo que mesomap se niega a usarlo. Guarde el archivo en el disco de este ordenador, o haga que varios puestos compartan un servidor PostgreSQL (--db postgresql+psycopg://...).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{location} already holds data that does not belong to mesomap. mesomap left it untouched. Choose another file or an empty database.</source>
            <translation>{location} ya contiene datos que no son de mesomap. mesomap no los ha tocado. Elija otro archivo o una base de datos vacía.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This database was last used by a newer version of mesomap (schema {revision}). Install that version or a later one to open it; this version left it untouched.</source>
            <translation>Esta base de datos la usó por última vez una versión más reciente de mesomap (esquema {revision}). Instale esa versión o una posterior para abrirla; esta versión no la ha tocado.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The file {path} is damaged or is not a mesomap database, so it cannot be opened. mesomap did not change it. Restore it from a backup or choose another file.</source>
            <translation>El archivo {path} está dañado o no es una base de datos de mesomap, así que no se puede abrir. mesomap no lo ha cambiado. Restáurelo desde una copia de seguridad o elija otro archivo.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Updating the database to this version of mesomap failed, so nothing was changed. {backup_note} The log file has the technical details.</source>
            <translation>La actualización de la base de datos a esta versión de mesomap falló, así que no se cambió nada. {backup_note} El archivo de registro tiene los detalles técnicos.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The {record} you asked for no longer exists. It may have been deleted.</source>
            <translation>El elemento solicitado ({record}) ya no existe. Puede que se haya eliminado.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The {record} cannot be deleted because other records depend on it. Nothing was deleted.</source>
            <translation>El elemento ({record}) no se puede eliminar porque otros registros dependen de él. No se eliminó nada.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{changed_by} changed this {record} at {changed_at} while you were editing it. Your changes were not saved and are still in the form: compare, then save again.</source>
            <translation>{changed_by} cambió este elemento ({record}) a las {changed_at} mientras usted lo editaba. Sus cambios no se guardaron y siguen en el formulario: compare y vuelva a guardar.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>This {record} was deleted by someone else while you were editing it. Your changes were not saved and are still in the form.</source>
            <translation>Otra persona eliminó este elemento ({record}) mientras usted lo editaba. Sus cambios no se guardaron y siguen en el formulario.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Someone else changed this {record} at {changed_at} while you were editing it. Your changes were not saved and are still in the form: compare, then save again.</source>
            <translation>Otra persona cambió este elemento ({record}) a las {changed_at} mientras usted lo editaba. Sus cambios no se guardaron y siguen en el formulario: compare y vuelva a guardar.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>A {current} session cannot be marked {requested}. Nothing was changed.</source>
            <translation>Una sesión en estado «{current}» no puede marcarse como «{requested}». No se cambió nada.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This {record} is signed and cannot be changed. Record a correction as an amendment.</source>
            <translation>Este elemento ({record}) está firmado y no se puede cambiar. Registre la corrección como enmienda.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/maps.py" line="+69" />
            <source>map</source>
            <translation>mapa</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The map was not saved: {problem}</source>
            <translation>El mapa no se guardó: {problem}</translation>
        </message>
        <message>
            <location line="+55" />
            <source>session</source>
            <translation>sesión</translation>
        </message>
        <message>
            <location line="+103" />
            <source>The stored map of this session has an impossible patient fit, so it cannot be opened. Restore the database from a backup.</source>
            <translation>El mapa almacenado de esta sesión tiene un ajuste al paciente imposible, así que no se puede abrir. Restaure la base de datos desde una copia de seguridad.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/permissions.py" line="+7" />
            <source>Your account may not {action}. Nothing was changed. Ask an administrator if your work needs it.</source>
            <translation>Su cuenta no puede {action}. No se cambió nada. Pida permiso a un administrador si su trabajo lo requiere.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Log in to {action}. Nothing was changed.</source>
            <translation>Inicie sesión para {action}. No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/catalog.py" line="+90" />
            <source>The product name is required.</source>
            <translation>El nombre del producto es obligatorio.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Volumes must be exact decimals.</source>
            <translation>Los volúmenes deben ser decimales exactos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A limit must be more than 0.</source>
            <translation>Un límite debe ser mayor que 0.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A limit cannot be negative.</source>
            <translation>Un límite no puede ser negativo.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The lot number is required.</source>
            <translation>El número de lote es obligatorio.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>This name or number is already in the catalogue.</source>
            <translation>Este nombre o número ya está en el catálogo.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/patients.py" line="+132" />
            <source>The family name is required.</source>
            <translation>Los apellidos son obligatorios.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The birth date cannot be in the future.</source>
            <translation>La fecha de nacimiento no puede estar en el futuro.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/records_common.py" line="+99" />
            <location filename="../../mesomap/storage/repository/sessions.py" line="+102" />
            <source>The time has no time zone; it cannot be stored.</source>
            <translation>La hora no tiene zona horaria; no se puede almacenar.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This field is required.</source>
            <translation>Este campo es obligatorio.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>“{value}” is not one of the allowed choices.</source>
            <translation>«{value}» no es una de las opciones permitidas.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/sessions.py" line="+9" />
            <source>The session number in the course starts at 1.</source>
            <translation>El número de sesión en el ciclo empieza en 1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The planned duration must be more than 0 minutes.</source>
            <translation>La duración prevista debe ser mayor que 0 minutos.</translation>
        </message>
        <message>
            <location line="+154" />
            <source>A session cannot be moved to another patient.</source>
            <translation>Una sesión no se puede pasar a otro paciente.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/schema.py" line="+160" />
            <source>This mesomap database has no schema version recorded, so mesomap cannot tell how to open it. It was left untouched. Restore it from a backup.</source>
            <translation>Esta base de datos de mesomap no tiene versión de esquema registrada, así que mesomap no sabe cómo abrirla. No se ha tocado. Restáurela desde una copia de seguridad.</translation>
        </message>
        <message>
            <location line="+78" />
            <source>This database was made by an older version of mesomap and needs updating before it can be used. It was left untouched.</source>
            <translation>Esta base de datos la creó una versión anterior de mesomap y debe actualizarse antes de usarla. No se ha tocado.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The safety copy could not be written (is the disk full?).</source>
            <translation>No se pudo escribir la copia de seguridad (¿está lleno el disco?).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The safety copy made before updating did not pass its integrity check, which suggests the database itself is damaged.</source>
            <translation>La copia de seguridad hecha antes de actualizar no superó su comprobación de integridad, lo que indica que la propia base de datos está dañada.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>A safety copy was kept next to the database file.</source>
            <translation>Se conservó una copia de seguridad junto al archivo de base de datos.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/seed.py" line="+53" />
            <source>This database holds real clinic records ({details}), so seed-demo did not touch it. Demonstration data goes into an empty database or one made by seed-demo: give a new file, for example --db sqlite:///mesomap-demo.sqlite.</source>
            <extracomment>Tables that hold a clinic's own records: any row in them makes a non-demo database "in use".</extracomment>
            <translation>Esta base de datos contiene registros reales de la clínica ({details}), así que seed-demo no la tocó. Los datos de demostración van en una base vacía o creada por seed-demo: indique un archivo nuevo, por ejemplo --db sqlite:///mesomap-demo.sqlite.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/records_courses.py" line="+140" />
            <source>This indication is already in the list.</source>
            <translation>Esta indicación ya está en la lista.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>A course has at least one planned session.</source>
            <translation>Un ciclo tiene al menos una sesión prevista.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The interval cannot be negative.</source>
            <translation>El intervalo no puede ser negativo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The longest interval must not be shorter than the shortest.</source>
            <translation>El intervalo más largo no debe ser más corto que el más corto.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>A course cannot be moved to another patient.</source>
            <translation>Un ciclo no se puede pasar a otro paciente.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/records_sessions.py" line="+158" />
            <source>This course belongs to another patient.</source>
            <translation>Este ciclo pertenece a otro paciente.</translation>
        </message>
        <message>
            <location line="+141" />
            <source>The number of papules cannot be negative.</source>
            <translation>El número de pápulas no puede ser negativo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A volume cannot be negative.</source>
            <translation>Un volumen no puede ser negativo.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>A pain score is between 0 and 10.</source>
            <translation>Una puntuación de dolor está entre 0 y 10.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A circumference must be more than 0 cm.</source>
            <translation>Una circunferencia debe ser mayor que 0 cm.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/records_signing.py" line="+247" />
            <source>amendment</source>
            <translation>enmienda</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Give the reason for the amendment.</source>
            <translation>Indique el motivo de la enmienda.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Only a signed session is amended; change this one directly.</source>
            <translation>Solo se enmienda una sesión firmada; cambie esta directamente.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/backup.py" line="+100" />
            <source>The backup could not be made ({reason}). The database itself was not changed. Check that the backup folder {folder} exists, is writable and has free space, then try again.</source>
            <translation>No se pudo hacer la copia de seguridad ({reason}). La base de datos no se modificó. Compruebe que la carpeta de copias {folder} existe, se puede escribir y tiene espacio libre, e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The file {path} cannot be restored: {reason} The current database was left unchanged. Choose another backup.</source>
            <translation>El archivo {path} no se puede restaurar: {reason} La base de datos actual no se ha cambiado. Elija otra copia de seguridad.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>The backup copy did not pass its integrity check, which suggests the database itself is damaged. No backup was kept. Restore the last good backup or contact support.</source>
            <translation>La copia de seguridad no superó su comprobación de integridad, lo que indica que la propia base de datos está dañada. No se conservó ninguna copia. Restaure la última copia buena o contacte con soporte.</translation>
        </message>
        <message>
            <location line="+73" />
            <source>the file does not exist.</source>
            <translation>el archivo no existe.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file is empty.</source>
            <translation>el archivo está vacío.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>it is damaged or is not a database.</source>
            <translation>está dañado o no es una base de datos.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>it is not a mesomap database.</source>
            <translation>no es una base de datos de mesomap.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>it is damaged (its integrity check found errors).</source>
            <translation>está dañado (su comprobación de integridad encontró errores).</translation>
        </message>
        <message>
            <location line="+37" />
            <source>the copy failed its check after restoring.</source>
            <translation>la copia no superó su comprobación tras restaurar.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/patient_export.py" line="+58" />
            <source>This patient has signed session records, which must be kept, so the patient cannot be erased. Nothing was deleted. Anonymise the patient instead: the identity is removed and the clinical record is kept.</source>
            <translation>Este paciente tiene sesiones firmadas, que deben conservarse, así que no se puede borrar. No se eliminó nada. Anonimice al paciente en su lugar: se quita la identidad y se conserva el registro clínico.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/template_snapshots.py" line="+63" />
            <source>This session was planned on the anatomical template “{template}” version {version}, which is no longer installed on this computer, and the database holds no copy of it, so its map cannot be shown or printed on the right outline. Install that template version again (copy its file into the templates folder, or reinstall the mesomap version it came with), then try again. Nothing was changed.</source>
            <translation>Esta sesión se planificó sobre la plantilla anatómica «{template}» versión {version}, que ya no está instalada en este ordenador, y la base de datos no guarda ninguna copia, por lo que su mapa no puede mostrarse ni imprimirse sobre el contorno correcto. Vuelva a instalar esa versión de la plantilla (copie su archivo en la carpeta de plantillas, o reinstale la versión de mesomap que la incluía) y vuelva a intentarlo. No se ha cambiado nada.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The copy of the anatomical template “{template}” version {version} stored with this session does not match the session's record (it was altered), and the installed template differs too, so its map cannot be shown or printed on the right outline. Restore the database from a backup, or install that exact template version again. Nothing was changed.</source>
            <translation>La copia de la plantilla anatómica «{template}» versión {version} guardada con esta sesión no coincide con el registro de la sesión (fue alterada), y la plantilla instalada también es distinta, por lo que su mapa no puede mostrarse ni imprimirse sobre el contorno correcto. Restaure la base de datos desde una copia de seguridad, o vuelva a instalar exactamente esa versión de la plantilla. No se ha cambiado nada.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/records_catalog.py" line="+109" />
            <source>This question is already in the checklist. Select it in the list to change it, or type a different question.</source>
            <translation>Esta pregunta ya está en la lista de contraindicaciones. Selecciónela en la lista para modificarla, o escriba otra pregunta.</translation>
        </message>
    </context>
</TS>
