<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
    <context>
        <name>Accounts</name>
        <message>
            <location filename="../../mesomap/gui/accounts/backups.py" line="+60" />
            <source>This is a PostgreSQL database: back it up on the server with pg_dump (see docs/backup.md).</source>
            <translation>Este é um banco de dados PostgreSQL: faça o backup no servidor com pg_dump (veja docs/backup.md).</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Backup made and checked: %1</source>
            <translation>Backup feito e verificado: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This is a PostgreSQL database: restore it on the server with pg_restore (see docs/backup.md).</source>
            <translation>Este é um banco de dados PostgreSQL: restaure-o no servidor com pg_restore (veja docs/backup.md).</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+12" />
            <source>Restore from backup</source>
            <translation>Restaurar backup</translation>
        </message>
        <message>
            <location line="-11" />
            <source>mesomap backups (*.sqlite)</source>
            <translation>Backups do mesomap (*.sqlite)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Replace the current database with %1? Everything recorded after that backup is replaced (the current database is kept beside it). Close mesomap on other computers using it first.</source>
            <translation>Substituir o banco de dados atual por %1? Tudo o que foi registrado depois desse backup será substituído (o banco atual é mantido ao lado). Feche antes o mesomap nos outros computadores que o usam.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The database was restored from %1. Log in again.</source>
            <translation>O banco de dados foi restaurado de %1. Faça login novamente.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/accounts/patient_data.py" line="+59" />
            <source>Choose a patient in the list first.</source>
            <translation>Escolha primeiro um paciente na lista.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Readable PDF (*.pdf)</source>
            <translation>PDF legível (*.pdf)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export patient data</source>
            <translation>Exportar dados do paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>JSON files (*.json)</source>
            <translation>Arquivos JSON (*.json)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Patient data exported to %1</source>
            <translation>Dados do paciente exportados para %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Erase patient</source>
            <translation>Excluir paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Erase this patient and all their records for good? This cannot be undone. Backups keep them until rotation removes them.</source>
            <translation>Excluir definitivamente este paciente e todos os seus registros? Isso não pode ser desfeito. Os backups os mantêm até que a rotação os remova.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Anonymise patient</source>
            <translation>Anonimizar paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This patient has signed records, which must be kept, so they cannot be erased. Anonymise instead (remove name, birth date and contact details, keep the clinical record)?</source>
            <translation>Este paciente tem registros assinados, que precisam ser mantidos, então não pode ser excluído. Anonimizar em vez disso (remover nome, data de nascimento e contatos, manter o registro clínico)?</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The patient was erased.</source>
            <translation>O paciente foi excluído.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The patient was anonymised.</source>
            <translation>O paciente foi anonimizado.</translation>
        </message>
    </context>
    <context>
        <name>AccountsController</name>
        <message numerus="yes">
            <location filename="../../mesomap/gui/accounts/__init__.py" line="+148" />
            <source>The audit trail of this database was changed outside mesomap (%n entries affected). Tell the administrator: keep this database as it is and check it with 'mesomap audit --verify'.</source>
            <translation>
                <numerusform>A trilha de auditoria deste banco de dados foi alterada fora do mesomap (%n registro afetado). Avise o administrador: mantenha este banco de dados como está e verifique-o com 'mesomap audit --verify'.</numerusform>
                <numerusform>A trilha de auditoria deste banco de dados foi alterada fora do mesomap (%n registros afetados). Avise o administrador: mantenha este banco de dados como está e verifique-o com 'mesomap audit --verify'.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+45" />
            <source>Backup made and checked: %1</source>
            <translation>Backup feito e verificado: %1</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Demonstration: no login</source>
            <translation>Demonstração: sem login</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nobody logged in</source>
            <translation>Ninguém conectado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Logged in: %1</source>
            <translation>Conectado: %1</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../mesomap/gui/actions.py" line="+51" />
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>E&amp;xibir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Patient</source>
            <translation>&amp;Paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Session</source>
            <translation>&amp;Sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tools</source>
            <translation>&amp;Ferramentas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Open database…</source>
            <translation>&amp;Abrir banco de dados…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open another mesomap database file in a new window</source>
            <translation>Abrir outro arquivo de banco de dados do mesomap em uma nova janela</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;demonstration database</source>
            <translation>Abrir o banco de &amp;demonstração</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the demonstration database (fictional patients) in a new window</source>
            <translation>Abrir o banco de demonstração (pacientes fictícios) em uma nova janela</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close mesomap</source>
            <translation>Fechar o mesomap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo the last change to the map</source>
            <translation>Desfazer a última alteração do mapa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Redo the change just undone</source>
            <translation>Refazer a alteração desfeita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Find patient</source>
            <translation>&amp;Buscar paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Go to the patient search box</source>
            <translation>Ir para a caixa de busca de pacientes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Se&amp;ttings…</source>
            <translation>&amp;Configurações…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinic and workstation settings</source>
            <translation>Configurações da clínica e da estação de trabalho</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Full screen</source>
            <translation>&amp;Tela cheia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the window on the whole screen</source>
            <translation>Mostrar a janela na tela inteira</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Refresh</source>
            <translation>&amp;Atualizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read the patient list again from the database</source>
            <translation>Ler novamente a lista de pacientes do banco de dados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Patient list</source>
            <translation>&amp;Lista de pacientes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show or hide the patient list</source>
            <translation>Mostrar ou ocultar a lista de pacientes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;New patient…</source>
            <translation>&amp;Novo paciente…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a patient record</source>
            <translation>Criar um prontuário de paciente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit patient…</source>
            <translation>&amp;Editar paciente…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the selected patient's details</source>
            <translation>Alterar os dados do paciente selecionado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;About mesomap</source>
            <translation>&amp;Sobre o mesomap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Version and licences</source>
            <translation>Versão e licenças</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/printing/actions.py" line="+24" />
            <source>&amp;Print session sheet…</source>
            <translation>&amp;Imprimir ficha da sessão…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print the current session's sheet</source>
            <translation>Imprimir a ficha da sessão atual</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print pre&amp;view…</source>
            <translation>&amp;Visualizar impressão…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>See the session sheet as it will print</source>
            <translation>Ver a ficha da sessão como será impressa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Export sheet as PDF…</source>
            <translation>&amp;Exportar ficha como PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the session sheet as a PDF file</source>
            <translation>Salvar a ficha da sessão como arquivo PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print a &amp;day's sheets…</source>
            <translation>Imprimir as fichas de um &amp;dia…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print or export every session sheet of a day</source>
            <translation>Imprimir ou exportar todas as fichas de sessão de um dia</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/accounts/__init__.py" line="-206" />
            <source>S&amp;witch user…</source>
            <translation>&amp;Trocar de usuário…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Let another person log in without closing mesomap</source>
            <translation>Permitir que outra pessoa faça login sem fechar o mesomap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Lock</source>
            <translation>&amp;Bloquear</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide patient data until someone logs in again</source>
            <translation>Ocultar os dados dos pacientes até que alguém faça login novamente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Audit trail…</source>
            <translation>Trilha de &amp;auditoria…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who did what and when, by patient, user and date</source>
            <translation>Quem fez o quê e quando, por paciente, usuário e data</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/accounts/backups.py" line="-93" />
            <source>&amp;Back up now</source>
            <translation>Fazer &amp;backup agora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make a checked copy of the database now</source>
            <translation>Fazer agora uma cópia verificada do banco de dados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurar backup…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replace the database with a checked backup</source>
            <translation>Substituir o banco de dados por um backup verificado</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/accounts/patient_data.py" line="-126" />
            <source>E&amp;xport patient data…</source>
            <translation>E&amp;xportar dados do paciente…</translation>
        </message>
        <message>
            <source>Save the selected patient's complete record as a JSON file (access request)</source>
            <translation type="vanished">Salvar o prontuário completo do paciente selecionado em um arquivo JSON (solicitação de acesso)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the selected patient's complete record as JSON or a readable PDF (access request)</source>
            <translation>Salvar o prontuário completo do paciente selecionado como JSON ou PDF legível (solicitação de acesso)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>E&amp;rase patient…</source>
            <translation>E&amp;xcluir paciente…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Erase the selected patient, or anonymise them if signed records must be kept</source>
            <translation>Excluir o paciente selecionado, ou anonimizá-lo se registros assinados precisarem ser mantidos</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/records/controller.py" line="+24" />
            <source>Open &amp;record</source>
            <translation>Abrir &amp;prontuário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The selected patient's courses, sessions and course plot</source>
            <translation>Ciclos, sessões e gráfico do ciclo do paciente selecionado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Today</source>
            <translation>&amp;Hoje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The day's sessions per practitioner</source>
            <translation>As sessões do dia por profissional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Plan session…</source>
            <translation>&amp;Planejar sessão…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan a session for the selected patient on a template</source>
            <translation>Planejar uma sessão para o paciente selecionado em um modelo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Protocol library…</source>
            <translation>Biblioteca de &amp;protocolos…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The clinic's technique presets</source>
            <translation>As predefinições de técnica da clínica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Products, &amp;lots and limits…</source>
            <translation>Produtos, &amp;lotes e limites…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Product catalogue, lots, limits and lot recall</source>
            <translation>Catálogo de produtos, lotes, limites e recolhimento de lotes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contraindication &amp;checklist…</source>
            <translation>&amp;Lista de contraindicações…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The questions asked before every session</source>
            <translation>As perguntas feitas antes de cada sessão</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/trainer/__init__.py" line="+165" />
            <source>&amp;Presenter view</source>
            <translation>Modo &amp;apresentador</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show injection playback full screen for a projector (fictional maps only)</source>
            <translation>Mostrar a reprodução das injeções em tela cheia para um projetor (somente mapas fictícios)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Play this patient's &amp;last map</source>
            <translation>Reproduzir o ú&amp;ltimo mapa deste paciente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Injection playback of the chosen fictional patient's latest session map, full screen (demonstration database only)</source>
            <translation>Reprodução das injeções do último mapa de sessão do paciente fictício escolhido, em tela cheia (somente banco de demonstração)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Technique diagrams</source>
            <translation>Diagramas de &amp;técnica</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Compare two injection techniques on a skin cross-section drawn to scale</source>
            <translation>Comparar duas técnicas de injeção em um corte de pele em escala</translation>
        </message>
        <message>
            <location line="+3" />
            <source>P&amp;ractice exercise</source>
            <translation>E&amp;xercício prático</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Let a trainee place papules and score the attempt</source>
            <translation>Deixar um aluno posicionar pápulas e pontuar a tentativa</translation>
        </message>
    </context>
    <context>
        <name>AdverseEventDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/perform.py" line="+254" />
            <source>Adverse event</source>
            <translation>Evento adverso</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. bruise, vasovagal reaction</source>
            <translation>ex.: hematoma, reação vasovagal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Severity</source>
            <translation>&amp;Gravidade</translation>
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
            <translation>Data de &amp;início</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Description</source>
            <translation>&amp;Descrição</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Action taken</source>
            <translation>&amp;Conduta adotada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Reason for the amendment</source>
            <translation>&amp;Motivo da retificação</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Say what happened (the kind of event).</source>
            <translation>Diga o que aconteceu (o tipo de evento).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the reason for the amendment.</source>
            <translation>Informe o motivo da retificação.</translation>
        </message>
    </context>
    <context>
        <name>Aftercare</name>
        <message>
            <location filename="../../mesomap/printing/aftercare.py" line="+21" />
            <source>Do not wash, rub or massage the treated area for 4 hours.</source>
            <translation>Não lave, esfregue nem massageie a área tratada por 4 horas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No make-up or creams on the treated area for 12 hours.</source>
            <translation>Sem maquiagem nem cremes na área tratada por 12 horas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No sauna, steam room, swimming pool or hot bath for 48 hours.</source>
            <translation>Sem sauna, banho a vapor, piscina ou banho quente por 48 horas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No intense sport for 24 hours.</source>
            <translation>Sem esporte intenso por 24 horas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Avoid sun and tanning beds on the treated area for 48 hours.</source>
            <translation>Evite sol e câmaras de bronzeamento na área tratada por 48 horas.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Small bumps, slight redness or small bruises where the needle went in are common and usually fade within one to three days.</source>
            <translation>Pequenos caroços, leve vermelhidão ou pequenos hematomas onde a agulha entrou são comuns e costumam sumir em um a três dias.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the area becomes hot, very red, swollen or more painful after the first day;</source>
            <translation>a área fica quente, muito vermelha, inchada ou mais dolorida após o primeiro dia;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>you have a fever, pus or a wound that does not heal;</source>
            <translation>você tiver febre, pus ou uma ferida que não cicatriza;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>you notice a rash, itching or any reaction you are worried about.</source>
            <translation>notar uma erupção, coceira ou qualquer reação que o preocupe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If you have difficulty breathing, swelling of the face or throat, or feel faint, call the emergency services at once.</source>
            <translation>Se tiver dificuldade para respirar, inchaço no rosto ou na garganta, ou sentir que vai desmaiar, ligue imediatamente para o serviço de emergência.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Aftercare after your treatment</source>
            <translation>Cuidados após o seu tratamento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What was done today</source>
            <translation>O que foi feito hoje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date: %1</source>
            <translation>Data: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Areas treated: %1</source>
            <translation>Áreas tratadas: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number of small injections: %1</source>
            <translation>Número de pequenas injeções: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Products: %1</source>
            <translation>Produtos: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Practitioner: %1</source>
            <translation>Profissional: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Advice from your clinic</source>
            <translation>Orientações da sua clínica</translation>
        </message>
        <message>
            <location line="+3" />
            <source>For the next 24 to 48 hours</source>
            <translation>Nas próximas 24 a 48 horas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Call the clinic if</source>
            <translation>Ligue para a clínica se</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your next appointment</source>
            <translation>Sua próxima consulta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not booked yet: please call the clinic.</source>
            <translation>Ainda não agendada: ligue para a clínica.</translation>
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
            <translation>Retificação da sessão assinada</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The signed record stays as it is; the amendment is shown beside it.</source>
            <translation>O registro assinado permanece como está; a retificação aparece ao lado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Reason</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Concerns</source>
            <translation>&amp;Refere-se a</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Actual papules or volumes</source>
            <translation>Pápulas ou volumes reais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome measures</source>
            <translation>Medidas de resultado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Checklist</source>
            <translation>Lista de verificação</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other</source>
            <translation>Outro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Correction or addition</source>
            <translation>&amp;Correção ou acréscimo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Give the reason for the amendment.</source>
            <translation>Informe o motivo da retificação.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the correction or addition.</source>
            <translation>Escreva a correção ou o acréscimo.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../mesomap/app.py" line="+171" />
            <source>Opening the database… Before an update mesomap makes a safety copy first; with a large database this can take a few minutes.</source>
            <translation>Abrindo o banco de dados… Antes de uma atualização o mesomap faz primeiro uma cópia de segurança; com um banco grande isso pode levar alguns minutos.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>mesomap could not open the database because of an unexpected problem. The details are in the log file.</source>
            <translation>O mesomap não conseguiu abrir o banco de dados por causa de um problema inesperado. Os detalhes estão no arquivo de log.</translation>
        </message>
    </context>
    <context>
        <name>AuditViewer</name>
        <message>
            <location filename="../../mesomap/gui/accounts/audit_viewer.py" line="+47" />
            <source>Audit trail</source>
            <translation>Trilha de auditoria</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+8" />
            <source>Patient number</source>
            <translation>Número do paciente</translation>
        </message>
        <message>
            <location line="-6" />
            <location line="+7" />
            <location line="+20" />
            <source>User</source>
            <translation>Usuário</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Until (inclusive)</source>
            <translation>Até (inclusive)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dates</source>
            <translation>Datas</translation>
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
            <translation>Registros de auditoria</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Ação</translation>
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
            <translation>Detalhes</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Loading…</source>
            <translation>Carregando…</translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>Entries: %n</source>
            <translation>
                <numerusform>Registros: %n</numerusform>
                <numerusform>Registros: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BatchPrintDialog</name>
        <message>
            <location filename="../../mesomap/gui/printing/batch_dialog.py" line="+46" />
            <location line="+1" />
            <source>Print a day's session sheets</source>
            <translation>Imprimir as fichas de sessão de um dia</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;From</source>
            <translation>&amp;De</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;To</source>
            <translation>&amp;Até</translation>
        </message>
        <message>
            <location line="+3" />
            <source>P&amp;ractitioner</source>
            <translation>P&amp;rofissional</translation>
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
            <translation>Carta (EUA)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Scale</source>
            <translation>&amp;Escala</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Largest standard scale that fits</source>
            <translation>Maior escala padrão que cabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Actual size (1:1), tiled when larger than the paper</source>
            <translation>Tamanho real (1:1), em mosaico se for maior que o papel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Output</source>
            <translation>&amp;Saída</translation>
        </message>
        <message>
            <location line="+2" />
            <source>One PDF with every sheet</source>
            <translation>Um PDF com todas as fichas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One PDF per session, in a folder</source>
            <translation>Um PDF por sessão, em uma pasta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A printer</source>
            <translation>Uma impressora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the patient's &amp;aftercare page</source>
            <translation>Adicionar a página de &amp;cuidados do paciente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add the patient's aftercare page</source>
            <translation>Adicionar a página de cuidados do paciente</translation>
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
            <translation>Fechar</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The last day is before the first day.</source>
            <translation>O último dia é anterior ao primeiro.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>There are no sessions to print on these days.</source>
            <translation>Não há sessões para imprimir nesses dias.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Folder for the PDF files</source>
            <translation>Pasta para os arquivos PDF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save the sheets as PDF</source>
            <translation>Salvar as fichas como PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF files (*.pdf)</source>
            <translation>Arquivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Printing sheets</source>
            <translation>Imprimindo as fichas</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Preparing %n sheet(s)…</source>
            <translation>
                <numerusform>Preparando %n ficha…</numerusform>
                <numerusform>Preparando %n fichas…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n sheet(s) done.</source>
            <translation>
                <numerusform>%n ficha concluída.</numerusform>
                <numerusform>%n fichas concluídas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancelled: the PDF was not written (files already finished are kept).</source>
            <translation>Cancelado: o PDF não foi gravado (os arquivos já concluídos são mantidos).</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <location filename="../../mesomap/gui/canvas/actions.py" line="+17" />
            <source>Select and edit</source>
            <translation>Selecionar e editar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select a region; drag it or its corners; double-click an edge to add a corner; M mirrors it.</source>
            <translation>Selecione uma região; arraste-a ou arraste seus cantos; clique duas vezes em uma borda para adicionar um canto; M a espelha.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Papules</source>
            <translation>Pápulas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click to add a papule, drag one to move it, drag on empty space to select; Delete removes, L locks.</source>
            <translation>Clique para adicionar uma pápula, arraste uma para movê-la, arraste no espaço vazio para selecionar; Delete remove, L bloqueia.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Polygon</source>
            <translation>Polígono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click the corners; double-click or Enter closes.</source>
            <translation>Clique nos cantos; clique duplo ou Enter fecha.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rectangle</source>
            <translation>Retângulo</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>Drag across the area.</source>
            <translation>Arraste sobre a área.</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Ellipse</source>
            <translation>Elipse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Freehand</source>
            <translation>À mão livre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draw around the area with the button held down.</source>
            <translation>Desenhe ao redor da área com o botão pressionado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whole zone</source>
            <translation>Área inteira</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click a named zone of the template.</source>
            <translation>Clique em uma área nomeada do modelo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Line</source>
            <translation>Linha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click points along a scar or tendon; double-click or Enter ends the line.</source>
            <translation>Clique em pontos ao longo de uma cicatriz ou tendão; clique duplo ou Enter termina a linha.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Point with rings</source>
            <translation>Ponto com anéis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click the painful point.</source>
            <translation>Clique no ponto doloroso.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measure</source>
            <translation>Medir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click points for a distance; double-click closes an area.</source>
            <translation>Clique em pontos para uma distância; o clique duplo fecha uma área.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/canvas/editing.py" line="+119" />
            <source>Region %1</source>
            <translation>Região %1</translation>
        </message>
        <message>
            <location line="+52" />
            <source>%1 (mirrored)</source>
            <translation>%1 (espelhada)</translation>
        </message>
        <message>
            <location line="+108" />
            <source>Papules belong to a region: click inside a region, or draw one first.</source>
            <translation>As pápulas pertencem a uma região: clique dentro de uma região, ou desenhe uma primeiro.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/canvas/export.py" line="+37" />
            <source>The picture could not be written to %1; choose another folder.</source>
            <translation>Não foi possível gravar a imagem em %1; escolha outra pasta.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The drawing could not be written to %1; choose another folder.</source>
            <translation>Não foi possível gravar o desenho em %1; escolha outra pasta.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/canvas/rules.py" line="+41" />
            <source>No papule here: this point is within {margin} cm of “{zone}”, a zone to avoid. Place it outside the red outline.</source>
            <translation>Nenhuma pápula aqui: este ponto está a menos de {margin} cm de “{zone}”, uma área a evitar. Coloque-a fora do contorno vermelho.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In the caution zone “{zone}” (keep {margin} cm away): allowed, take care.</source>
            <translation>Na área de cautela “{zone}” (manter {margin} cm de distância): permitido, com cuidado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Inside “{zone}” or its {margin} cm margin, a zone to avoid: move or delete this papule.</source>
            <translation>Dentro de “{zone}” ou da sua margem de {margin} cm, uma área a evitar: mova ou exclua esta pápula.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only {distance} cm from papule {other}: closer than the {spacing} cm spacing.</source>
            <translation>A apenas {distance} cm da pápula {other}: mais perto que o espaçamento de {spacing} cm.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/canvas/tools/draw.py" line="+98" />
            <source>A region needs at least three corners; click more points, then double-click.</source>
            <translation>Uma região precisa de pelo menos três cantos; clique em mais pontos e depois clique duas vezes.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>That shape has no area; draw the region again.</source>
            <translation>Esta forma não tem área; desenhe a região novamente.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>A line needs at least two points; click them, then double-click.</source>
            <translation>Uma linha precisa de pelo menos dois pontos; clique neles e depois clique duas vezes.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Drag across the area to draw the shape.</source>
            <translation>Arraste sobre a área para desenhar a forma.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Draw around the area with the button held down to outline a region.</source>
            <translation>Desenhe ao redor da área com o botão pressionado para delimitar uma região.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>There is no named zone here; click inside one of the dotted zones.</source>
            <translation>Não há área nomeada aqui; clique dentro de uma das áreas pontilhadas.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/canvas/undo.py" line="+67" />
            <source>Undo history</source>
            <translation>Histórico de desfazer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map as opened</source>
            <translation>Mapa como aberto</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Undo</source>
            <translation>Desfazer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Redo</source>
            <translation>Refazer</translation>
        </message>
    </context>
    <context>
        <name>ChecklistEditorDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/checklist_editor.py" line="+40" />
            <source>Contraindication checklist</source>
            <translation>Lista de contraindicações</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Questions</source>
            <translation>Perguntas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Question</source>
            <translation>&amp;Pergunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Order</source>
            <translation>&amp;Ordem</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A “yes” stops the session from being marked performed</source>
            <translation>Um “sim” impede que a sessão seja marcada como realizada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Asked at every session</source>
            <translation>Feita em cada sessão</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Save question</source>
            <translation>Salvar pergunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add as new question</source>
            <translation>Adicionar como nova pergunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 (no longer asked)</source>
            <translation>%1 (não é mais feita)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Type the question.</source>
            <translation>Digite a pergunta.</translation>
        </message>
    </context>
    <context>
        <name>ClinicLimitsTab</name>
        <message>
            <location filename="../../mesomap/gui/records/clinic_limits.py" line="+40" />
            <source>Clinic limits</source>
            <translation>Limites da clínica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only for the &amp;area</source>
            <translation>Somente para a &amp;área</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only for the &amp;indication (code)</source>
            <translation>Somente para a &amp;indicação (código)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Max volume per session</source>
            <translation>Volume máx. por sessão</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Max injections per session</source>
            <translation>Injeções máx. por sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Max minutes per session</source>
            <translation>Minutos máx. por sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Min days between sessions</source>
            <translation>Dias mín. entre sessões</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Max sessions per course</source>
            <translation>Sessões máx. por ciclo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save limit</source>
            <translation>Salvar limite</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add as new limit</source>
            <translation>Adicionar como novo limite</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Type a whole number.</source>
            <translation>Digite um número inteiro.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Give the limit a name.</source>
            <translation>Dê um nome ao limite.</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/course_dialog.py" line="+213" />
            <source>Consent</source>
            <translation>Consentimento</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Consent &amp;date</source>
            <translation>&amp;Data do consentimento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Form version</source>
            <translation>Versão do &amp;formulário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Course</source>
            <translation>&amp;Ciclo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All of the patient's treatment</source>
            <translation>Todo o tratamento do paciente</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Scope</source>
            <translation>&amp;Abrangência</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes</source>
            <translation>&amp;Observações</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Withdrawn on</source>
            <translation>&amp;Retirado em</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A consent cannot be withdrawn before it was given.</source>
            <translation>Um consentimento não pode ser retirado antes de ter sido dado.</translation>
        </message>
    </context>
    <context>
        <name>CourseDialog</name>
        <message>
            <location line="-207" />
            <source>Treatment course</source>
            <translation>Ciclo de tratamento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit treatment course</source>
            <translation>Editar ciclo de tratamento</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Indication</source>
            <translation>&amp;Indicação</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Other indication (added to the list)</source>
            <translation>Outra indicação (adicionada à lista)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Area</source>
            <translation>Á&amp;rea</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Planned sessions</source>
            <translation>Sessões &amp;previstas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Interval, at least (days)</source>
            <translation>Intervalo, no mínimo (dias)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interval, at most (days)</source>
            <translation>Intervalo, no máximo (dias)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Started on</source>
            <translation>&amp;Iniciado em</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes</source>
            <translation>&amp;Observações</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Record the patient's consent for this course</source>
            <translation>Registrar o consentimento do paciente para este ciclo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Consent date</source>
            <translation>Data do consentimento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consent form version</source>
            <translation>Versão do formulário de consentimento</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Saved meanwhile by someone else: %1</source>
            <translation>Salvo nesse meio-tempo por outra pessoa: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A course usually has %1 to %2 sessions; other counts are allowed.</source>
            <translation>Um ciclo costuma ter de %1 a %2 sessões; outras quantidades são permitidas.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The longest interval cannot be shorter than the shortest.</source>
            <translation>O intervalo mais longo não pode ser menor que o mais curto.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter the date the patient consented.</source>
            <translation>Informe a data em que o paciente consentiu.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Your changes are kept; values only the other person changed were taken over. Save again to store them.</source>
            <translation>Suas alterações foram mantidas; os valores alterados só pela outra pessoa foram incorporados. Salve novamente para gravá-los.</translation>
        </message>
    </context>
    <context>
        <name>CoursePlot</name>
        <message>
            <location filename="../../mesomap/gui/records/course_plot.py" line="+25" />
            <location line="+5" />
            <source>Course plot</source>
            <translation>Gráfico do ciclo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Days since the first session</source>
            <translation>Dias desde a primeira sessão</translation>
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
            <translation>Volume (mL) · escores de resultado</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Volume (mL)</source>
            <translation>Volume (mL)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Pain (0–10)</source>
            <translation>Dor (0–10)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Circumference (cm)</source>
            <translation>Circunferência (cm)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Score</source>
            <translation>Escore</translation>
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
            <translation>Preparando o banco de demonstração com pacientes fictícios…</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../mesomap/gui/errors.py" line="+44" />
            <location line="+2" />
            <source>mesomap: error</source>
            <translation>mesomap: erro</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Something went wrong inside mesomap ({what}). What you were doing may not have finished; your saved records are not affected. The details are in the log file {path}. If it happens again, send that file to your support contact.</source>
            <translation>Algo deu errado dentro do mesomap ({what}). O que você estava fazendo pode não ter terminado; seus registros salvos não foram afetados. Os detalhes estão no arquivo de log {path}. Se acontecer de novo, envie esse arquivo ao seu contato de suporte.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+2" />
            <source>mesomap: unexpected error</source>
            <translation>mesomap: erro inesperado</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../mesomap/gui/trainer/export.py" line="+55" />
            <location line="+36" />
            <source>Export for slides</source>
            <translation>Exportar para slides</translation>
        </message>
        <message>
            <location line="-33" />
            <location line="+12" />
            <source>Width (pixels)</source>
            <translation>Largura (pixels)</translation>
        </message>
        <message>
            <location line="-10" />
            <location line="+11" />
            <source>Height (pixels)</source>
            <translation>Altura (pixels)</translation>
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
            <translation>Imagens (*.png *.svg)</translation>
        </message>
    </context>
    <context>
        <name>LayersDialog</name>
        <message>
            <location filename="../../mesomap/gui/trainer/layers_dialog.py" line="+18" />
            <source>Skin layers: %1</source>
            <translation>Camadas da pele: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Epidermis (mm)</source>
            <translation>Epiderme (mm)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Papillary dermis (mm)</source>
            <translation>Derme papilar (mm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reticular dermis (mm)</source>
            <translation>Derme reticular (mm)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hypodermis (mm)</source>
            <translation>Hipoderme (mm)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Teaching values: the defaults follow the depth layers of mesotherapy teaching (epidermis to about 1 mm, superficial dermis 1–2 mm, deep dermis 2–4 mm, hypodermis 4–10 mm), scaled roughly per body area. Adjust them to your own reference.</source>
            <translation>Valores didáticos: os valores padrão seguem as camadas de profundidade do ensino da mesoterapia (epiderme até cerca de 1 mm, derme superficial 1–2 mm, derme profunda 2–4 mm, hipoderme 4–10 mm), ajustados aproximadamente a cada área do corpo. Ajuste-os à sua própria referência.</translation>
        </message>
    </context>
    <context>
        <name>Layout</name>
        <message>
            <location filename="../../mesomap/core/layout/geometry.py" line="+52" />
            <source>The region is empty; draw a region with an area first.</source>
            <translation>A região está vazia; desenhe primeiro uma região com área.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The region has points with invalid coordinates; redraw the region.</source>
            <translation>A região tem pontos com coordenadas inválidas; desenhe-a novamente.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This pattern needs a region with an area (a polygon); draw an area or choose the line or rings pattern.</source>
            <translation>Este padrão precisa de uma região com área (um polígono); desenhe uma área ou escolha o padrão de linha ou de anéis.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The region's outline crosses itself and cannot be repaired; redraw it.</source>
            <translation>O contorno da região se cruza e não pode ser reparado; desenhe-o novamente.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The region's outline crossed itself and was repaired; check that the area is the one you meant.</source>
            <translation>O contorno da região se cruzava e foi reparado; verifique se a área é a desejada.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The region has no area; draw a region with at least three corners.</source>
            <translation>A região não tem área; desenhe uma região com pelo menos três cantos.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A danger zone has a negative or invalid margin ({margin} cm); give it a margin of 0 cm or more.</source>
            <translation>Uma área de perigo tem margem negativa ou inválida ({margin} cm); dê a ela uma margem de 0 cm ou mais.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The margin must be 0 cm or more ({value} cm was given).</source>
            <translation>A margem deve ser de 0 cm ou mais (foi informado {value} cm).</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/layout/nappage.py" line="+36" />
            <source>The nappage {what} must be a number of zero or more ({value} was given).</source>
            <translation>O parâmetro de nappage {what} deve ser um número igual ou maior que zero (foi informado {value}).</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The nappage area must be zero or more square centimetres.</source>
            <translation>A área de nappage deve ser de zero ou mais centímetros quadrados.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/layout/order.py" line="+35" />
            <location filename="../../mesomap/core/layout/planner.py" line="+386" />
            <source>Unknown starting corner '{corner}'; choose top_left, top_right, bottom_left or bottom_right.</source>
            <translation>Canto inicial desconhecido '{corner}'; escolha top_left, top_right, bottom_left ou bottom_right.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/layout/patterns.py" line="+73" />
            <source>The line pattern needs a line; draw a line along the treatment path.</source>
            <translation>O padrão de linha precisa de uma linha; desenhe uma linha ao longo do trajeto de tratamento.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The line is empty or invalid; draw the line again.</source>
            <translation>A linha está vazia ou inválida; desenhe-a novamente.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The rings pattern needs a centre point; click the painful point.</source>
            <translation>O padrão de anéis precisa de um ponto central; clique no ponto doloroso.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The number of rings must be between 0 and 200 ({count} was given).</source>
            <translation>O número de anéis deve estar entre 0 e 200 (foi informado {count}).</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/layout/planner.py" line="-299" />
            <source>The {what} papules must be pairs of finite x, y coordinates in cm.</source>
            <translation>As pápulas {what} devem ser pares de coordenadas x, y finitas em cm.</translation>
        </message>
        <message>
            <location line="+266" />
            <source>No papule fits: the margin and the danger zones leave no room in this region.</source>
            <translation>Nenhuma pápula cabe: a margem e as áreas de perigo não deixam espaço nesta região.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Unknown pattern '{pattern}'; choose auto, hex, square, line or rings.</source>
            <translation>Padrão desconhecido '{pattern}'; escolha auto, hex, square, line ou rings.</translation>
        </message>
        <message>
            <location line="+65" />
            <location filename="../../mesomap/core/surface/layout.py" line="+384" />
            <source>Some papules placed by hand lie outside the area allowed by the margin and the danger zones; they were kept and are flagged.</source>
            <translation>Algumas pápulas posicionadas à mão estão fora da área permitida pela margem e pelas áreas de perigo; foram mantidas e estão sinalizadas.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Some papules placed by hand are closer to each other than the spacing.</source>
            <translation>Algumas pápulas posicionadas à mão estão mais próximas entre si que o espaçamento.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/layout/types.py" line="+62" />
            <source>The spacing must be between {low} and {high} cm ({value} cm was given); enter a spacing in that range.</source>
            <extracomment>The engine accepts spacings in this range (intra-epidermal lines to pain maps). What is *unusual* for a technique is the protocol preset's business, not the engine's. A danger zone or other excluded geometry, alone (margin 0) or with its margin in cm.</extracomment>
            <translation>O espaçamento deve estar entre {low} e {high} cm (foi informado {value} cm); informe um espaçamento nessa faixa.</translation>
        </message>
        <message>
            <source>The layout follows the skin surface; it is not shifted between the previous session's papules.</source>
            <extracomment>runs in order of usefulness: fronts (exact on developable surfaces), greedy rasters (best on the face), (kind, row angle, seed index)</extracomment>
            <translation type="vanished">A disposição segue a superfície da pele; não é deslocada entre as pápulas da sessão anterior.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/surface/layout.py" line="-17" />
            <source>While dragging, the layout follows the skin surface without the shift between the previous session's papules; it is shifted when you release.</source>
            <extracomment>patterns laid out on the skin; ``square`` (a deliberate square grid, e.g. pain maps) stays the planar engine's square lattice: its skin distances are never shorter than the picture's (a chord is at least its picture projection), so the spacing still holds on the skin runs in order of usefulness: fronts (exact on developable surfaces), greedy rasters (best on the face), (kind, row angle, seed index)</extracomment>
            <translation>Ao arrastar, a disposição segue a superfície da pele sem o deslocamento entre as pápulas da sessão anterior; ela é deslocada ao soltar.</translation>
        </message>
    </context>
    <context>
        <name>LocaleFormat</name>
        <message>
            <location filename="../../mesomap/core/localeformat.py" line="+126" />
            <source>Enter a number.</source>
            <translation>Digite um número.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+28" />
            <source>“{text}” is not a number. Example: {example}.</source>
            <translation>“{text}” não é um número. Exemplo: {example}.</translation>
        </message>
        <message>
            <location line="-21" />
            <source>“{text}” is ambiguous: write the number without thousands separators, with “{decimal}” before the decimals.</source>
            <translation>“{text}” é ambíguo: escreva o número sem separadores de milhar, com “{decimal}” antes das casas decimais.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“{text}” has a space or thousands separator: write the number in one piece, with “{decimal}” before the decimals.</source>
            <translation>“{text}” tem um espaço ou separador de milhar: escreva o número todo junto, com “{decimal}” antes das casas decimais.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>“{text}” is not a number.</source>
            <translation>“{text}” não é um número.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>A volume cannot be negative.</source>
            <translation>Um volume não pode ser negativo.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A length cannot be negative.</source>
            <translation>Um comprimento não pode ser negativo.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Enter a date.</source>
            <translation>Digite uma data.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{text}” is not a date. Example: {example}.</source>
            <translation>“{text}” não é uma data. Exemplo: {example}.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Write the year with four digits, for example {example}.</source>
            <translation>Escreva o ano com quatro dígitos, por exemplo {example}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>“{text}” is not a day of the calendar.</source>
            <translation>“{text}” não é um dia do calendário.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/fields.py" line="+216" />
            <source>The value must be at least {minimum}.</source>
            <translation>O valor deve ser no mínimo {minimum}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The value must be at most {maximum}.</source>
            <translation>O valor deve ser no máximo {maximum}.</translation>
        </message>
    </context>
    <context>
        <name>LockOverlay</name>
        <message>
            <location filename="../../mesomap/gui/accounts/lock.py" line="+71" />
            <source>mesomap is locked</source>
            <translation>O mesomap está bloqueado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Patient data is hidden. Log in to continue: your unsaved work is kept. Another person may log in with their own account.</source>
            <translation>Os dados dos pacientes estão ocultos. Faça login para continuar: seu trabalho não salvo é mantido. Outra pessoa pode fazer login com a própria conta.</translation>
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
            <translation>Entrar no mesomap</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>Log in</source>
            <translation>Entrar</translation>
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
            <translation>Nome de login</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+6" />
            <source>Password</source>
            <translation>Senha</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Checking…</source>
            <translation>Verificando…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../mesomap/gui/main_window.py" line="+94" />
            <source>mesomap main window</source>
            <translation>Janela principal do mesomap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Main toolbar</source>
            <translation>Barra de ferramentas principal</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Patients</source>
            <translation>Pacientes</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Start page</source>
            <translation>Página inicial</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a patient in the list, or create one with Patient ▸ New patient.
The patient's record and maps will open here.</source>
            <translation>Escolha um paciente na lista, ou crie um com Paciente ▸ Novo paciente.
O prontuário e os mapas do paciente serão abertos aqui.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Database: %1</source>
            <translation>Banco de dados: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>DEMO: fictional patients</source>
            <translation>DEMO: pacientes fictícios</translation>
        </message>
        <message>
            <location line="+44" />
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Patient saved.</source>
            <translation>Paciente salvo.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Open a mesomap database</source>
            <translation>Abrir um banco de dados do mesomap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>mesomap databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bancos de dados do mesomap (*.sqlite *.db);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>The settings window is not available yet.</source>
            <translation type="vanished">A janela de configurações ainda não está disponível.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>About mesomap</source>
            <translation>Sobre o mesomap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>mesomap %1

Plans and records mesotherapy injection maps on real-scale anatomical templates. mesomap records your clinic's protocols; it never recommends a dose of its own.</source>
            <translation>mesomap %1

Planeja e registra mapas de injeção de mesoterapia em modelos anatômicos em escala real. O mesomap registra os protocolos da sua clínica; nunca recomenda uma dose por conta própria.</translation>
        </message>
    </context>
    <context>
        <name>MapCanvas</name>
        <message>
            <location filename="../../mesomap/gui/canvas/canvas.py" line="+66" />
            <source>Map canvas</source>
            <translation>Tela do mapa</translation>
        </message>
        <message numerus="yes">
            <location line="+161" />
            <source>≈ %n injection(s)</source>
            <translation>
                <numerusform>≈ %n injeção</numerusform>
                <numerusform>≈ %n injeções</numerusform>
            </translation>
        </message>
        <message>
            <location line="+112" />
            <source>Hand-placed papules</source>
            <translation>Pápulas posicionadas à mão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“%1” has papules you placed by hand. Keep them where they are while the rest is laid out again?</source>
            <translation>“%1” tem pápulas que você posicionou à mão. Mantê-las onde estão enquanto o restante é redistribuído?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep them</source>
            <translation>Mantê-las</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lay them out too</source>
            <translation>Redistribuí-las também</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Papule %1 of “%2”</source>
            <translation>Pápula %1 de “%2”</translation>
        </message>
        <message>
            <location line="+13" />
            <source>avoid</source>
            <translation>evitar</translation>
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
            <translation>Não foi possível ler o mapa porque está danificado ou foi gravado por uma versão mais nova do mesomap. Abra uma cópia anterior ou atualize o mesomap.</translation>
        </message>
    </context>
    <context>
        <name>MapView</name>
        <message>
            <location filename="../../mesomap/gui/canvas/view.py" line="+58" />
            <source>Map canvas</source>
            <translation>Tela do mapa</translation>
        </message>
    </context>
    <context>
        <name>MixtureEditor</name>
        <message>
            <location filename="../../mesomap/gui/records/mixture.py" line="+41" />
            <location line="+35" />
            <source>Product</source>
            <translation>Produto</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Lot</source>
            <translation>Lote</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Volume per papule</source>
            <translation>Volume por pápula</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Lot (expiry)</source>
            <translation>Lote (validade)</translation>
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
            <translation>Adicionar produto</translation>
        </message>
        <message>
            <location line="+62" />
            <source>%1 (until %2)</source>
            <translation>%1 (até %2)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>This lot has expired.</source>
            <translation>Este lote está vencido.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose a product and one of its lots.</source>
            <translation>Escolha um produto e um de seus lotes.</translation>
        </message>
    </context>
    <context>
        <name>PatientDialog</name>
        <message>
            <location filename="../../mesomap/gui/patient_dialog.py" line="+82" />
            <source>New patient</source>
            <translation>Novo paciente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit patient</source>
            <translation>Editar paciente</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Family name</source>
            <translation>&amp;Sobrenome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Given name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Birth date</source>
            <translation>Data de &amp;nascimento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sex</source>
            <translation>&amp;Sexo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not stated</source>
            <translation>Não informado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Female</source>
            <translation>Feminino</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Male</source>
            <translation>Masculino</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other</source>
            <translation>Outro</translation>
        </message>
        <message>
            <location line="+3" />
            <source>File &amp;number</source>
            <translation>&amp;Número do prontuário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Phone</source>
            <translation>&amp;Telefone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-&amp;mail</source>
            <translation>E-&amp;mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Address</source>
            <translation>E&amp;ndereço</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;llergies</source>
            <translation>A&amp;lergias</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Contraindications</source>
            <translation>&amp;Contraindicações</translation>
        </message>
        <message>
            <location line="+2" />
            <source>N&amp;otes</source>
            <translation>&amp;Observações</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Enter the patient's family name.</source>
            <translation>Digite o sobrenome do paciente.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The birth date is in the future. Check the year.</source>
            <translation>A data de nascimento está no futuro. Verifique o ano.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The birth date is before 1900. Check the year.</source>
            <translation>A data de nascimento é anterior a 1900. Verifique o ano.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is not an e-mail address (name@example.org). Leave it empty if unknown.</source>
            <translation>Isto não é um endereço de e-mail (nome@example.org). Deixe em branco se não souber.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Someone else</source>
            <translation>Outra pessoa</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 changed this patient on %2 while you were editing. Your changes were not saved and are still in the form.</source>
            <translation>%1 alterou este paciente em %2 enquanto você o editava. Suas alterações não foram salvas e continuam no formulário.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 changed this patient while you were editing. Your changes were not saved and are still in the form.</source>
            <translation>%1 alterou este paciente enquanto você o editava. Suas alterações não foram salvas e continuam no formulário.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Their version: %1</source>
            <translation>A versão da outra pessoa: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(empty)</source>
            <translation>(vazio)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Their changes to %1 were added to the form.</source>
            <translation>As alterações da outra pessoa em %1 foram adicionadas ao formulário.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>You both changed %1: your text is kept and theirs is shown under the field.</source>
            <translation>Vocês dois alteraram %1: seu texto foi mantido e o da outra pessoa aparece abaixo do campo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check the form, then press Save again, or Cancel to keep their version.</source>
            <translation>Verifique o formulário e pressione Salvar novamente, ou Cancelar para manter a versão da outra pessoa.</translation>
        </message>
    </context>
    <context>
        <name>PatientFit</name>
        <message>
            <location filename="../../mesomap/core/templates/fit.py" line="+83" />
            <source>Enter at least one measurement to fit the template.</source>
            <translation>Informe pelo menos uma medida para ajustar o modelo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This template has no measurement named</source>
            <translation>Este modelo não tem medida chamada</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A measurement must be a positive length in cm:</source>
            <translation>Uma medida deve ser um comprimento positivo em cm:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The measurement is too far from the template's size to be right; check that it is in centimetres and taken between the right points:</source>
            <translation>A medida está longe demais do tamanho do modelo para estar certa; verifique se está em centímetros e foi tomada entre os pontos certos:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Give only one measurement per direction (width or height).</source>
            <translation>Informe apenas uma medida por direção (largura ou altura).</translation>
        </message>
        <message>
            <location line="+64" />
            <source>A template can be scaled between 0.5 and 2 times only.</source>
            <translation>Um modelo só pode ser escalado entre 0,5 e 2 vezes.</translation>
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
            <translation>Buscar por nome, data de nascimento ou número do prontuário</translation>
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
                <numerusform>Mostrando os primeiros %n pacientes; digite mais para refinar a busca.</numerusform>
                <numerusform>Mostrando os primeiros %n pacientes; digite mais para refinar a busca.</numerusform>
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
            <translation>Exportado em {when} por {who} para uma solicitação de acesso aos dados. A exportação JSON contém o mesmo prontuário completo (incluindo a posição de cada pápula).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>None recorded.</source>
            <translation>Nenhum registrado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient record</source>
            <translation>Prontuário do paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DEMO — fictional data, not a clinical record</source>
            <translation>DEMO — dados fictícios, não é um registro clínico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identity</source>
            <translation>Identidade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Family name</source>
            <translation>Sobrenome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Birth date</source>
            <translation>Data de nascimento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient number</source>
            <translation>Número do paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Endereço</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Allergies</source>
            <translation>Alergias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contraindications</source>
            <translation>Contraindicações</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Anonymised</source>
            <translation>Anonimizado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no</source>
            <translation>não</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record created</source>
            <translation>Prontuário criado</translation>
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
            <translation>Consentimentos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scope</source>
            <translation>Abrangência</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Form</source>
            <translation>Formulário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Taken by</source>
            <translation>Registrado por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Treatment courses</source>
            <translation>Ciclos de tratamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>Área</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Practitioner</source>
            <translation>Profissional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned sessions</source>
            <translation>Sessões previstas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interval (days)</source>
            <translation>Intervalo (dias)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started</source>
            <translation>Iniciado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Closed</source>
            <translation>Encerrado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessions</source>
            <translation>Sessões</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Course</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>session</source>
            <translation>sessão</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Performed</source>
            <translation>Realizada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancellation reason</source>
            <translation>Motivo do cancelamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned regions</source>
            <translation>Regiões previstas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region</source>
            <translation>Região</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Technique</source>
            <translation>Técnica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Product</source>
            <translation>Produto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lot</source>
            <translation>Lote</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Volume per papule</source>
            <translation>Volume por pápula</translation>
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
            <translation>Volume total</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checklist answers</source>
            <translation>Respostas da lista de verificação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Question</source>
            <translation>Pergunta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answer</source>
            <translation>Resposta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Observação</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answered by</source>
            <translation>Respondido por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adverse events</source>
            <translation>Eventos adversos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Onset</source>
            <translation>Início</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Severity</source>
            <translation>Gravidade</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>Sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action taken</source>
            <translation>Conduta adotada</translation>
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
            <translation>Retificações</translation>
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
            <translation>Conteúdo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signatures</source>
            <translation>Assinaturas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Signed</source>
            <translation>Assinada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signer</source>
            <translation>Signatário</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Meaning</source>
            <translation>Significado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Digest (SHA-256)</source>
            <translation>Resumo (SHA-256)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit entries about this patient</source>
            <translation>Registros de auditoria sobre este paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <location line="+0" />
            <source>User</source>
            <translation>Usuário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Detalhes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows in this export</source>
            <translation>Linhas desta exportação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Table</source>
            <translation>Tabela</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rows</source>
            <translation>Linhas</translation>
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
            <translation>Exportação de dados do paciente — confidencial</translation>
        </message>
        <message>
            <location line="+4" />
            <source>planned</source>
            <translation>prevista</translation>
        </message>
        <message>
            <location line="+1" />
            <source>checked in</source>
            <translation>chegou</translation>
        </message>
        <message>
            <location line="+1" />
            <source>performed</source>
            <translation>realizada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>signed</source>
            <translation>assinada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no-show</source>
            <translation>não compareceu</translation>
        </message>
    </context>
    <context>
        <name>PatientRecordView</name>
        <message>
            <location filename="../../mesomap/gui/records/patient_record.py" line="+56" />
            <source>Patient record</source>
            <translation>Prontuário do paciente</translation>
        </message>
        <message>
            <location line="+27" />
            <location line="+2" />
            <source>Consents</source>
            <translation>Consentimentos</translation>
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
            <translation>Formulário</translation>
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
            <translation>Registrado por</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Withdrawn</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record consent…</source>
            <translation>Registrar consentimento…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit or withdraw…</source>
            <translation>Editar ou retirar…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+2" />
            <source>Treatment courses</source>
            <translation>Ciclos de tratamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indication</source>
            <translation>Indicação</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Area</source>
            <translation>Área</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+11" />
            <location line="+2" />
            <source>Sessions</source>
            <translation>Sessões</translation>
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
            <translation>Novo ciclo…</translation>
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
            <translation>Volume</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Days since previous</source>
            <translation>Dias desde a anterior</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Plan session…</source>
            <translation>Planejar sessão…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open session</source>
            <translation>Abrir sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeat as next session</source>
            <translation>Repetir como próxima sessão</translation>
        </message>
        <message>
            <location line="+65" />
            <source>birth date not recorded</source>
            <translation>data de nascimento não registrada</translation>
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
            <translation>Contraindicações: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No allergies or contraindications recorded.</source>
            <translation>Nenhuma alergia ou contraindicação registrada.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>all treatment</source>
            <translation>todo o tratamento</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 to %2</source>
            <translation>de %1 a %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1–%2 days</source>
            <translation>%1–%2 dias</translation>
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
            <translation>Data de nascimento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>File no.</source>
            <translation>N.º prontuário</translation>
        </message>
    </context>
    <context>
        <name>PerformDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/perform.py" line="-236" />
            <source>Contraindication checklist and performing</source>
            <translation>Lista de contraindicações e realização</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Contraindication checklist (answer every question)</source>
            <translation>Lista de contraindicações (responda a todas as perguntas)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not applicable</source>
            <translation>Não se aplica</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+1" />
            <source>Note</source>
            <translation>Observação</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Actually performed</source>
            <translation>Efetivamente realizado</translation>
        </message>
        <message>
            <location line="+9" />
            <source>papules</source>
            <translation>pápulas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papules performed in %1</source>
            <translation>Pápulas realizadas em %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Volume of %1</source>
            <translation>Volume de %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Outcome measures</source>
            <translation>Medidas de resultado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pain score (0–10)</source>
            <translation>Escore de dor (0–10)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Circumference (cm)</source>
            <translation>Circunferência (cm)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where measured</source>
            <translation>Local da medida</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other score</source>
            <translation>Outro escore</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other score's name</source>
            <translation>Nome do outro escore</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <source>Save checklist</source>
            <translation>Salvar lista</translation>
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
            <translation>Planejar uma sessão</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Date</source>
            <translation>&amp;Data</translation>
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
            <translation>(sem ciclo)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No template chosen</source>
            <translation>Nenhum modelo escolhido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose…</source>
            <translation>Escolher…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose template</source>
            <translation>Escolher modelo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>T&amp;emplate</source>
            <translation>&amp;Modelo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient fit (scale)</source>
            <translation>Ajuste ao paciente (escala)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Notes</source>
            <translation>&amp;Observações</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The practitioner chooses the template.</source>
            <translation>O profissional escolhe o modelo.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>This is earlier than the course's shortest interval (%1 days): next due from %2.</source>
            <translation>É antes do intervalo mais curto do ciclo (%1 dias): próxima prevista a partir de %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The course already has its %1 planned sessions; this one goes beyond the plan.</source>
            <translation>O ciclo já tem suas %1 sessões previstas; esta vai além do plano.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose the template the map is drawn on.</source>
            <translation>Escolha o modelo em que o mapa é desenhado.</translation>
        </message>
    </context>
    <context>
        <name>PlaybackView</name>
        <message>
            <location filename="../../mesomap/gui/trainer/playback.py" line="+139" />
            <source>Injection playback</source>
            <translation>Reprodução das injeções</translation>
        </message>
        <message>
            <location line="+144" />
            <source>Injections %1 / %2</source>
            <translation>Injeções %1 / %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Volume %1</source>
            <translation>Volume %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Speed %1×</source>
            <translation>Velocidade %1×</translation>
        </message>
    </context>
    <context>
        <name>PracticeWindow</name>
        <message>
            <location filename="../../mesomap/gui/trainer/practice.py" line="+59" />
            <source>mesomap — practice exercise (DEMO)</source>
            <translation>mesomap — exercício prático (DEMO)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Place papules by hand</source>
            <translation>Posicionar as pápulas à mão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draw the region and adjust</source>
            <translation>Desenhar a região e ajustar</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+31" />
            <source>Trainee</source>
            <translation>Aluno</translation>
        </message>
        <message>
            <location line="-30" />
            <source>Template</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zone</source>
            <translation>Área</translation>
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
            <translation>Mostrar dicas ao posicionar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New exercise</source>
            <translation>Novo exercício</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Score</source>
            <translation>Escore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the automatic layout</source>
            <translation>Mostrar a disposição automática</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save attempt</source>
            <translation>Salvar tentativa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Rank</source>
            <translation>Posição</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mark</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rules broken</source>
            <translation>Regras violadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papules</source>
            <translation>Pápulas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Attempts</source>
            <translation>Tentativas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Attempts at this exercise</source>
            <translation>Tentativas deste exercício</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Place the papules, then press Score. Spacing: %1 cm.</source>
            <translation>Posicione as pápulas e pressione Pontuar. Espaçamento: %1 cm.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>On the map: red marks a broken rule, orange a caution zone, a grey dashed ring a papule off the zone, violet the area farther than 0.65 × spacing from any papule.</source>
            <translation>No mapa: vermelho marca uma regra violada, laranja uma área de cautela, um anel cinza tracejado uma pápula fora da área, violeta a área a mais de 0,65 × o espaçamento de qualquer pápula.</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Type the trainee's name first, then save the attempt.</source>
            <translation>Digite primeiro o nome do aluno e depois salve a tentativa.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The attempt could not be saved. Check that the user data folder can be written.</source>
            <translation>Não foi possível salvar a tentativa. Verifique se a pasta de dados do usuário pode ser gravada.</translation>
        </message>
    </context>
    <context>
        <name>PresenterView</name>
        <message>
            <location filename="../../mesomap/gui/trainer/presenter.py" line="+44" />
            <source>mesomap — presenter view (DEMO)</source>
            <translation>mesomap — modo apresentador (DEMO)</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Template</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zones</source>
            <translation>Áreas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technique</source>
            <translation>Técnica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pattern</source>
            <translation>Padrão</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Restart</source>
            <translation>Reiniciar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>◀ Back</source>
            <translation>◀ Voltar</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+81" />
            <source>▶ Play</source>
            <translation>▶ Reproduzir</translation>
        </message>
        <message>
            <location line="-80" />
            <source>Step ▶</source>
            <translation>Passo ▶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Slower</source>
            <translation>Mais lento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Faster</source>
            <translation>Mais rápido</translation>
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
            <translation>Sair</translation>
        </message>
        <message>
            <location line="+47" />
            <source>The session's map</source>
            <translation>O mapa da sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Main zones</source>
            <translation>Áreas principais</translation>
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
            <translation>A pasta {folder} não existe. Escolha uma pasta existente.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>mesomap cannot write in {folder}. Choose a folder you may write to.</source>
            <translation>O mesomap não pode gravar em {folder}. Escolha uma pasta em que você possa gravar.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>There are no sessions to print.</source>
            <translation>Não há sessões para imprimir.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/printing/session_print.py" line="+46" />
            <source>The sheet could not be printed. The details are in the log file.</source>
            <translation>Não foi possível imprimir a ficha. Os detalhes estão no arquivo de log.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/printing/actions.py" line="+47" />
            <source>Log in first: sheets show patient data and print only for a logged-in user.</source>
            <translation>Faça login primeiro: as fichas mostram dados de pacientes e só são impressas para um usuário conectado.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Open a session first: there is no session to print.</source>
            <translation>Abra uma sessão primeiro: não há sessão para imprimir.</translation>
        </message>
    </context>
    <context>
        <name>ProductsDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/catalog_dialogs.py" line="+140" />
            <source>Products, lots and limits</source>
            <translation>Produtos, lotes e limites</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sections</source>
            <translation>Seções</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Products and lots</source>
            <translation>Produtos e lotes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lot recall</source>
            <translation>Recolhimento de lote</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clinic limits</source>
            <translation>Limites da clínica</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Scroll the tabs left</source>
            <translation>Rolar as abas para a esquerda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Scroll the tabs right</source>
            <translation>Rolar as abas para a direita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Products</source>
            <translation>Produtos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Actives</source>
            <translation>Princípios &amp;ativos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Max volume per session</source>
            <translation>Volume máx. por sessão</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Max injections per session</source>
            <translation>Injeções máx. por sessão</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Min days between sessions</source>
            <translation>Dias mín. entre sessões</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Max sessions per course</source>
            <translation>Sessões máx. por ciclo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save product</source>
            <translation>Salvar produto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add as new product</source>
            <translation>Adicionar como novo produto</translation>
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
            <translation>Validade</translation>
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
            <translation>&amp;Número do novo lote</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Expiry date</source>
            <translation>Data de &amp;validade</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add lot</source>
            <translation>Adicionar lote</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Lot to recall</source>
            <translation>Lote a recolher</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include planned sessions</source>
            <translation>Incluir as sessões previstas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Find patients</source>
            <translation>Buscar pacientes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Patients who received the lot</source>
            <translation>Pacientes que receberam o lote</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Session</source>
            <translation>Sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regions</source>
            <translation>Regiões</translation>
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
            <translation>Vencido: recusado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Expires within 30 days</source>
            <translation>Vence em até 30 dias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Usable</source>
            <translation>Utilizável</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Give the product a name.</source>
            <translation>Dê um nome ao produto.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Type the lot number printed on the box.</source>
            <translation>Digite o número do lote impresso na caixa.</translation>
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
            <translation>Predefinições</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Technique code</source>
            <translation>Código da &amp;técnica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needle &amp;gauge (G)</source>
            <translation>&amp;Calibre da agulha (G)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Spacing</source>
            <translation>&amp;Espaçamento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Depth (mm)</source>
            <translation>&amp;Profundidade (mm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needle &amp;length (mm)</source>
            <translation>&amp;Comprimento da agulha (mm)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Angle (degrees)</source>
            <translation>Â&amp;ngulo (graus)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seconds per papule</source>
            <translation>Segundos por pápula</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Setup (minutes)</source>
            <translation>Preparação (minutos)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Volume per papule</source>
            <translation>&amp;Volume por pápula</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as new preset</source>
            <translation>Salvar como nova predefinição</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Give the preset a name.</source>
            <translation>Dê um nome à predefinição.</translation>
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
            <translation>Assinada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-show</source>
            <translation>Não compareceu</translation>
        </message>
        <message>
            <location line="+75" />
            <source>No warnings.</source>
            <translation>Nenhum aviso.</translation>
        </message>
    </context>
    <context>
        <name>RecordsController</name>
        <message>
            <location filename="../../mesomap/gui/records/controller.py" line="+61" />
            <source>Hand-placed papules</source>
            <translation>Pápulas posicionadas à mão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This region has papules placed by hand. Keep them where they are?</source>
            <translation>Esta região tem pápulas posicionadas à mão. Mantê-las onde estão?</translation>
        </message>
        <message>
            <location line="+70" />
            <source>The previous map was saved before opening this session.</source>
            <translation>O mapa anterior foi salvo antes de abrir esta sessão.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../mesomap/gui/accounts/recovery.py" line="+193" />
            <source>Restore unsaved maps</source>
            <translation>Restaurar os mapas não salvos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>mesomap stopped unexpectedly while maps were open and not saved. They were kept: restore them to continue where you were, or discard them.</source>
            <translation>O mesomap parou inesperadamente com mapas abertos e não salvos. Eles foram mantidos: restaure-os para continuar de onde parou, ou descarte-os.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unsaved maps</source>
            <translation>Mapas não salvos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 — saved %2</source>
            <translation>%1 — salvo %2</translation>
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
            <translation>Um arquivo de recuperação não pôde ser lido e foi deixado no lugar: %1</translation>
        </message>
    </context>
    <context>
        <name>RegionPanel</name>
        <message>
            <location filename="../../mesomap/gui/records/region_panel.py" line="+46" />
            <location line="+2" />
            <source>Regions</source>
            <translation>Regiões</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Selected region</source>
            <translation>Região selecionada</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Preset</source>
            <translation>&amp;Predefinição</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(none: the region's own values)</source>
            <translation>(nenhuma: valores próprios da região)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Spacing</source>
            <translation>&amp;Espaçamento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Depth (mm)</source>
            <translation>&amp;Profundidade (mm)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Apply name, preset and overrides</source>
            <translation>Aplicar nome, predefinição e ajustes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mixture</source>
            <translation>Mistura</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Apply mixture</source>
            <translation>Aplicar mistura</translation>
        </message>
        <message>
            <location line="+89" />
            <source>Changed from the preset: %1</source>
            <translation>Alterado em relação à predefinição: %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Give the region a name.</source>
            <translation>Dê um nome à região.</translation>
        </message>
    </context>
    <context>
        <name>RepeatDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/repeat_dialog.py" line="+154" />
            <source>Repeat as the next session</source>
            <translation>Repetir como a próxima sessão</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Date</source>
            <translation>&amp;Data</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Time</source>
            <translation>&amp;Hora</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Shift the papules to fall between the previous ones</source>
            <translation>Deslocar as pápulas entre as anteriores</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The previous papules are shown faintly under the new map.</source>
            <translation>As pápulas anteriores aparecem esmaecidas sob o novo mapa.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Laying out the new session's papules on the skin…</source>
            <translation>Distribuindo as pápulas da nova sessão sobre a pele…</translation>
        </message>
        <message>
            <location line="+63" />
            <source>The new session was stored, but it could not be opened here. Close this window and open it from the patient's record.</source>
            <translation>A nova sessão foi salva, mas não pôde ser aberta aqui. Feche esta janela e abra-a pelo prontuário do paciente.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The new session could not be laid out, so nothing was stored. Try again, or untick “%1” to copy the previous papules as they were.</source>
            <translation>Não foi possível distribuir as pápulas da nova sessão, então nada foi salvo. Tente de novo ou desmarque “%1” para copiar as pápulas anteriores como estavam.</translation>
        </message>
    </context>
    <context>
        <name>RescheduleDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/today.py" line="+238" />
            <source>Change the session's time</source>
            <translation>Alterar o horário da sessão</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Date</source>
            <translation>&amp;Data</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Time</source>
            <translation>&amp;Hora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Note</source>
            <translation>&amp;Observação</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save</source>
            <translation>Salvar</translation>
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
            <translation>Editor de sessão</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Amendments (beside the signed original)</source>
            <translation>Retificações (ao lado do original assinado)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Amendments</source>
            <translation>Retificações</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Totals</source>
            <translation>Totais</translation>
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
            <translation>Observações</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save map</source>
            <translation>Salvar mapa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Checklist and perform…</source>
            <translation>Lista de verificação e realização…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adverse event…</source>
            <translation>Evento adverso…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sign…</source>
            <translation>Assinar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amend…</source>
            <translation>Retificar…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Repeat as next session</source>
            <translation>Repetir como próxima sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print preview…</source>
            <translation>Visualizar impressão…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Verify signature</source>
            <translation>Verificar assinatura</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Map canvas</source>
            <translation>Tela do mapa</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Map tools</source>
            <translation>Ferramentas do mapa</translation>
        </message>
        <message>
            <location line="+69" />
            <source>%1 — session %2, %3 — %4</source>
            <translation>%1 — sessão %2, %3 — %4</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 — session, %3 — %4</source>
            <translation>%1 — sessão, %3 — %4</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Signed by %1 on %2 (%3). SHA-256 %4</source>
            <translation>Assinada por %1 em %2 (%3). SHA-256 %4</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Performed on %1</source>
            <translation>Realizada em %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: %2 papules performed</source>
            <translation>%1: %2 pápulas realizadas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Adverse event: %1 (%2) %3</source>
            <translation>Evento adverso: %1 (%2) %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>pain (0–10)</source>
            <translation>dor (0–10)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>circumference (cm)</source>
            <translation>circunferência (cm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>score</source>
            <translation>escore</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Outcome %1: %2</source>
            <translation>Resultado %1: %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>adverse event %1 (%2) %3</source>
            <translation>evento adverso %1 (%2) %3</translation>
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
            <translation>Injeções: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Total volume: %1</source>
            <translation>Volume total: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Estimated duration: %1 min</source>
            <translation>Duração estimada: %1 min</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Your map is kept on the screen; Save map again to replace the other version with it.</source>
            <translation>Seu mapa continua na tela; salve o mapa novamente para substituir a outra versão pela sua.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Map saved.</source>
            <translation>Mapa salvo.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The signature matches the stored record.</source>
            <translation>A assinatura confere com o registro armazenado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The stored record no longer matches its signature. Report this to the administrator.</source>
            <translation>O registro armazenado não confere mais com a assinatura. Informe o administrador.</translation>
        </message>
    </context>
    <context>
        <name>SessionPrinting</name>
        <message>
            <location filename="../../mesomap/gui/printing/session_print.py" line="+105" />
            <location line="+1" />
            <source>Print preview</source>
            <translation>Visualizar impressão</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Export the sheet as PDF</source>
            <translation>Exportar a ficha como PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>Arquivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export PDF</source>
            <translation>Exportar PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the sheet…</source>
            <translation>Gravando a ficha…</translation>
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
            <translation>Impresso em %1 pelo mesomap</translation>
        </message>
        <message>
            <location line="+3" />
            <source>DEMO — fictional data, not a clinical record</source>
            <translation>DEMO — dados fictícios, não é um registro clínico</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Session sheet</source>
            <translation>Ficha da sessão</translation>
        </message>
        <message>
            <location line="+4" />
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <location line="+6" />
            <source>born %1</source>
            <translation>nascido(a) em %1</translation>
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
            <translation>assinada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>did not attend</source>
            <translation>não compareceu</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Session</source>
            <translation>Sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Course</source>
            <translation>Ciclo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Session no.</source>
            <translation>Sessão n.º</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sections.py" line="+250" />
            <location filename="../../mesomap/printing/sheet.py" line="+1" />
            <source>Practitioner</source>
            <translation>Profissional</translation>
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
            <translation>Modelo</translation>
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
            <translation>Esta sessão ainda não tem mapa.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Scale %1</source>
            <translation>Escala %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>actual size</source>
            <translation>tamanho real</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overview %1 — actual size (1:1) on %2 tiles at the end</source>
            <translation>Visão geral %1 — tamanho real (1:1) em %2 folhas no final</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sections.py" line="-228" />
            <location line="+120" />
            <location line="+110" />
            <location filename="../../mesomap/printing/sheet.py" line="+12" />
            <source>Region</source>
            <translation>Região</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sheet.py" line="+6" />
            <source>Avoid (dashed: margin)</source>
            <translation>Evitar (tracejado: margem)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Caution</source>
            <translation>Cautela</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Papule (number: injection order)</source>
            <translation>Pápula (número: ordem de injeção)</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Actual size (1:1) — tile %1: row %2 of %3, column %4 of %5</source>
            <translation>Tamanho real (1:1) — folha %1: linha %2 de %3, coluna %4 de %5</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tiles overlap by 1 cm: lay them so that the + marks of neighbouring tiles lie on top of each other.</source>
            <translation>As folhas se sobrepõem em 1 cm: posicione-as de modo que as marcas + das folhas vizinhas fiquem sobrepostas.</translation>
        </message>
        <message>
            <location filename="../../mesomap/printing/sections.py" line="-239" />
            <source>Regions, technique and products</source>
            <translation>Regiões, técnica e produtos</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Technique</source>
            <translation>Técnica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spacing</source>
            <translation>Espaço</translation>
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
            <translation>Produto</translation>
        </message>
        <message>
            <location line="-227" />
            <source>Lot · expiry</source>
            <translation>Lote · validade</translation>
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
            <translation>profundidade %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>needle %1G %2</source>
            <translation>agulha %1G %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>angle %1°</source>
            <translation>ângulo %1°</translation>
        </message>
        <message>
            <location line="+16" />
            <source>exp. %1</source>
            <translation>val. %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>EXPIRED</source>
            <translation>VENCIDO</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The map has no regions.</source>
            <translation>O mapa não tem regiões.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Total papules</source>
            <translation>Total de pápulas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Injections</source>
            <translation>Injeções</translation>
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
            <translation>Duração (est.)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Product (total)</source>
            <translation>Produto (total)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lots</source>
            <translation>Lotes</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Contraindication checklist</source>
            <translation>Lista de contraindicações</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No checklist questions are set up for this clinic.</source>
            <translation>Nenhuma pergunta da lista está configurada para esta clínica.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Question</source>
            <translation>Pergunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N/A</source>
            <translation>N/A</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+87" />
            <source>Note</source>
            <translation>Observação</translation>
        </message>
        <message>
            <location line="-77" />
            <source>Adverse events</source>
            <translation>Eventos adversos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Onset</source>
            <translation>Início</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Severity</source>
            <translation>Gravidade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action taken</source>
            <translation>Conduta adotada</translation>
        </message>
        <message>
            <location line="+6" />
            <source>None recorded.</source>
            <translation>Nenhum registrado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Amendments</source>
            <translation>Retificações</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation>O quê</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+21" />
            <source>Signature</source>
            <translation>Assinatura</translation>
        </message>
        <message>
            <location line="-18" />
            <source>performed the session</source>
            <translation>realizou a sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reviewed the record</source>
            <translation>revisou o registro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>signed an amendment</source>
            <translation>assinou uma retificação</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 — %2, %3</source>
            <translation>%1 — %2, %3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Electronically signed · record version %1 · digest %2…</source>
            <translation>Assinado eletronicamente · versão do registro %1 · resumo %2…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not signed yet.</source>
            <translation>Ainda não assinada.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Date and time</source>
            <translation>Data e hora</translation>
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
            <translation>Volume aplicado</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../mesomap/core/settings.py" line="+87" />
            <source>“{value}” is not one of the allowed values: {choices}.</source>
            <translation>“{value}” não é um dos valores permitidos: {choices}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The value must be at least {minimum}.</source>
            <translation>O valor deve ser no mínimo {minimum}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The value must be at most {maximum}.</source>
            <translation>O valor deve ser no máximo {maximum}.</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+26" />
            <source>This setting is either on or off.</source>
            <translation>Esta configuração está ativada ou desativada.</translation>
        </message>
        <message>
            <location line="-11" />
            <source>The stored value “{text}” cannot be read.</source>
            <translation>O valor armazenado “{text}” não pode ser lido.</translation>
        </message>
        <message>
            <location line="+16" />
            <location filename="../../mesomap/gui/settings_dialog.py" line="+182" />
            <source>Enter a whole number.</source>
            <translation>Digite um número inteiro.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+6" />
            <source>Enter a number.</source>
            <translation>Digite um número.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter some text.</source>
            <translation>Digite algum texto.</translation>
        </message>
        <message>
            <location line="+84" />
            <source>Clinic name</source>
            <translation>Nome da clínica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed at the top of every sheet.</source>
            <translation>Impresso no topo de cada ficha.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Clinic address</source>
            <translation>Endereço da clínica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed under the clinic name; several lines allowed.</source>
            <translation>Impresso abaixo do nome da clínica; várias linhas permitidas.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language of menus, messages and number formats. Automatic follows the system.</source>
            <translation>Idioma dos menus, mensagens e formatos de número. Automático segue o sistema.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Automatic (system language)</source>
            <translation>Automático (idioma do sistema)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Paper size</source>
            <translation>Tamanho do papel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paper for printed sheets. Automatic uses Letter in the US, Canada and Mexico and A4 elsewhere.</source>
            <translation>Papel das fichas impressas. Automático usa Carta nos EUA, no Canadá e no México e A4 nos demais países.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Automatic (from the language and country)</source>
            <translation>Automático (conforme o idioma e o país)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>US Letter</source>
            <translation>Carta (EUA)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Default spacing (cm)</source>
            <translation>Espaçamento padrão (cm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distance between papules in a new region when its preset does not say.</source>
            <translation>Distância entre pápulas em uma nova região quando a predefinição não a informa.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Default margin (cm)</source>
            <translation>Margem padrão (cm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distance kept between papules and a region's edge in a new region.</source>
            <translation>Distância mantida entre as pápulas e a borda de uma nova região.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lock after idle minutes</source>
            <translation>Bloquear após minutos de inatividade</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient data is hidden after this many minutes without use, until someone logs in again.</source>
            <translation>Os dados dos pacientes são ocultados após esses minutos sem uso, até que alguém faça login novamente.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Automatic backups</source>
            <translation>Backups automáticos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How often the clinic database is backed up while mesomap runs.</source>
            <translation>Com que frequência é feito o backup do banco de dados da clínica enquanto o mesomap está aberto.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Off</source>
            <translation>Desativados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily</source>
            <translation>Diários</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weekly</source>
            <translation>Semanais</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Backup hour</source>
            <translation>Hora do backup</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hour of the day (0–23) after which the scheduled backup runs.</source>
            <translation>Hora do dia (0–23) após a qual o backup agendado é feito.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lengths shown in</source>
            <translation>Comprimentos mostrados em</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit for distances on screen and on sheets. Stored values are always in cm.</source>
            <translation>Unidade das distâncias na tela e nas fichas. Os valores armazenados são sempre em cm.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Volumes shown in</source>
            <translation>Volumes mostrados em</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit for volumes on screen and on sheets. Stored values are always in mL.</source>
            <translation>Unidade dos volumes na tela e nas fichas. Os valores armazenados são sempre em mL.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Search delay (ms)</source>
            <translation>Atraso da busca (ms)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How long the patient search waits after the last key before it searches.</source>
            <translation>Quanto a busca de pacientes espera após a última tecla antes de buscar.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Aftercare text</source>
            <translation>Texto de cuidados pós-sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Advice printed on the patient's aftercare sheet. Empty uses mesomap's standard text in the patient's language.</source>
            <translation>Orientações impressas na ficha de cuidados do paciente. Vazio: texto padrão do mesomap no idioma do paciente.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sheet margins (mm)</source>
            <translation>Margens das fichas (mm)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>White border around printed sheets. The map's scale never depends on it.</source>
            <translation>Borda branca ao redor das fichas impressas. A escala do mapa nunca depende dela.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../mesomap/gui/settings_dialog.py" line="-108" />
            <source>Settings</source>
            <extracomment>choice labels that are not translated: language names in their own language, units, paper</extracomment>
            <translation>Configurações</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Clinic (every computer using this database)</source>
            <translation>Clínica (todos os computadores que usam este banco de dados)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This computer</source>
            <translation>Este computador</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only an administrator can change the clinic settings; they are shown here read-only.</source>
            <translation>Somente um administrador pode alterar as configurações da clínica; elas são mostradas aqui somente para leitura.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A new language is used from the next start of mesomap.</source>
            <translation>Um novo idioma passa a ser usado na próxima vez que o mesomap for iniciado.</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <location filename="../../mesomap/gui/accounts/dialogs.py" line="+61" />
            <source>Create the administrator account</source>
            <translation>Criar a conta de administrador</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This clinic database has no accounts yet. Create the administrator account: it manages accounts, settings, products and backups. Keep its password safe.</source>
            <translation>Este banco de dados da clínica ainda não tem contas. Crie a conta de administrador: ela gerencia contas, configurações, produtos e backups. Guarde a senha em local seguro.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+9" />
            <source>Login name</source>
            <translation>Nome de login</translation>
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
            <translation>Senha</translation>
        </message>
        <message>
            <location line="-3" />
            <location line="+4" />
            <source>Repeat the password</source>
            <translation>Repita a senha</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+1" />
            <source>Create account</source>
            <translation>Criar conta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The two passwords differ. Type the same password twice.</source>
            <translation>As duas senhas são diferentes. Digite a mesma senha duas vezes.</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/signing.py" line="-83" />
            <source>Sign the session</source>
            <translation>Assinar a sessão</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1, signing locks this session's record: afterwards it can only be amended, with a reason, beside the original. Re-enter your password to sign.</source>
            <translation>%1, a assinatura bloqueia o registro desta sessão: depois ele só poderá ser retificado, com um motivo, ao lado do original. Digite sua senha novamente para assinar.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Meaning</source>
            <translation>&amp;Significado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I performed this session</source>
            <translation>Realizei esta sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I reviewed this session</source>
            <translation>Revisei esta sessão</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password</source>
            <translation>&amp;Senha</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+1" />
            <source>Sign</source>
            <translation>Assinar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Enter your password to sign.</source>
            <translation>Digite sua senha para assinar.</translation>
        </message>
    </context>
    <context>
        <name>Surface</name>
        <message>
            <location filename="../../mesomap/core/surface/honesty.py" line="+31" />
            <source>This sheet is a flat projection of a curved body: where the skin turns away, papules look closer together than they are. Distances on the skin: {distances}.</source>
            <translation>Esta ficha é uma projeção plana de um corpo curvo: onde a pele se curva, as pápulas parecem mais próximas do que estão. Distâncias na pele: {distances}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Area: {picture} cm² on the picture, {skin} cm² on the skin.</source>
            <translation>Área: {picture} cm² na imagem, {skin} cm² na pele.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/surface/views.py" line="+36" />
            <source>Most of this region is skin seen at a steep angle on this view ({share} %); its outline and papules are easier to place on the {template} template.</source>
            <extracomment>Skin seen at more than this angle from the line of sight counts as steep (stretch &gt; 1.56). A region is "mostly steep" when at least this share of its picture area is steep. A profile is suggested only if it sees at least this share of the region's outline.</extracomment>
            <translation>A maior parte desta região é pele vista em ângulo acentuado nesta vista ({share} %); seu contorno e suas pápulas são mais fáceis de posicionar no modelo {template}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Most of this region is skin seen at a steep angle on this view ({share} %); distances on the picture are much shorter than on the skin there.</source>
            <translation>A maior parte desta região é pele vista em ângulo acentuado nesta vista ({share} %); ali as distâncias na imagem são bem menores que na pele.</translation>
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
            <translation>Área do corpo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Technique on the left</source>
            <translation>Técnica à esquerda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technique on the right</source>
            <translation>Técnica à direita</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+2" />
            <source>Layer thicknesses…</source>
            <translation>Espessuras das camadas…</translation>
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
            <translation>O arquivo de modelo anatômico não pôde ser usado e foi ignorado; peça a quem o fez que o corrija (mesomap templates --check mostra os detalhes).</translation>
        </message>
    </context>
    <context>
        <name>TemplateFitBar</name>
        <message>
            <location filename="../../mesomap/gui/records/template_fit.py" line="+33" />
            <source>Change template…</source>
            <translation>Trocar modelo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change template</source>
            <translation>Trocar modelo</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+7" />
            <source>Patient fit (scale)</source>
            <translation>Ajuste ao paciente (escala)</translation>
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
            <translation>Ainda não há mapa: escolha o modelo em que desenhar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Template: %1 (version %2)</source>
            <translation>Modelo: %1 (versão %2)</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <location filename="../../mesomap/gui/records/gallery.py" line="+72" />
            <source>Choose a template</source>
            <translation>Escolher um modelo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Body area</source>
            <translation>Área do corpo</translation>
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
            <translation>Modelos</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose</source>
            <translation>Escolher</translation>
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
            <translation>Hoje</translation>
        </message>
        <message>
            <location line="-7" />
            <source>◀ Previous day</source>
            <translation>◀ Dia anterior</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous day</source>
            <translation>Dia anterior</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Day</source>
            <translation>Dia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next day ▶</source>
            <translation>Dia seguinte ▶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next day</source>
            <translation>Dia seguinte</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Sessions of the day</source>
            <translation>Sessões do dia</translation>
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
            <translation>Sessão</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>Observação</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open session</source>
            <translation>Abrir sessão</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change time…</source>
            <translation>Alterar horário…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark cancelled</source>
            <translation>Marcar como cancelada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mark no-show</source>
            <translation>Marcar como não compareceu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
        <message>
            <location line="+48" />
            <source>No practitioner assigned</source>
            <translation>Nenhum profissional atribuído</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1: %2 planned, %3 performed, %4 signed, %5 cancelled, %6 no-show</source>
            <translation>%1: %2 previstas, %3 realizadas, %4 assinadas, %5 canceladas, %6 não compareceram</translation>
        </message>
    </context>
    <context>
        <name>Trainer</name>
        <message>
            <location filename="../../mesomap/core/trainer/skin.py" line="+31" />
            <source>Epidermis</source>
            <translation>Epiderme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Papillary dermis</source>
            <translation>Derme papilar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reticular dermis</source>
            <translation>Derme reticular</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hypodermis</source>
            <translation>Hipoderme</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/trainer/__init__.py" line="-98" />
            <source>Technique diagrams</source>
            <translation>Diagramas de técnica</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Trainer mode shows fictional patients only. Open the demonstration database (File menu) and choose a patient there.</source>
            <translation>O modo instrutor mostra apenas pacientes fictícios. Abra o banco de demonstração (menu Arquivo) e escolha um paciente nele.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose a patient in the list first.</source>
            <translation>Escolha primeiro um paciente na lista.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This patient has no session map to play.</source>
            <translation>Este paciente não tem mapa de sessão para reproduzir.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The session map could not be read. The details are in the log file.</source>
            <translation>Não foi possível ler o mapa da sessão. Os detalhes estão no arquivo de log.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/trainer/diagrams.py" line="-100" />
            <source>%1 mm deep, %2°, needle %3 G × %4 mm</source>
            <translation>%1 mm de profundidade, %2°, agulha %3 G × %4 mm</translation>
        </message>
        <message>
            <location line="+10" />
            <source>At %1° a %2 mm needle reaches %3 mm at most: the hub would press the skin.</source>
            <translation>A %1°, uma agulha de %2 mm alcança no máximo %3 mm: o canhão pressionaria a pele.</translation>
        </message>
        <message>
            <location filename="../../mesomap/gui/trainer/export.py" line="+19" />
            <source>The image could not be written to %1. Choose another folder.</source>
            <translation>Não foi possível gravar a imagem em %1. Escolha outra pasta.</translation>
        </message>
    </context>
    <context>
        <name>Windows</name>
        <message>
            <location filename="../../mesomap/gui/windows.py" line="+95" />
            <source>The database was updated for this version of mesomap. The copy made before the update is kept at %1.</source>
            <translation>O banco de dados foi atualizado para esta versão do mesomap. A cópia feita antes da atualização está guardada em %1.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Opening the database…</source>
            <translation>Abrindo o banco de dados…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Preparing the demonstration database with fictional patients…</source>
            <translation>Preparando o banco de demonstração com pacientes fictícios…</translation>
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
            <translation type="vanished">Produto</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation type="vanished">Lote</translation>
        </message>
        <message>
            <source>Volume per papule</source>
            <translation type="vanished">Volume por pápula</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation type="vanished">Remover</translation>
        </message>
    </context>
    <context>
        <name>permissions</name>
        <message>
            <location filename="../../mesomap/storage/permissions.py" line="+104" />
            <source>see patients' records</source>
            <translation>consultar os prontuários dos pacientes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>add patients or change their identity and contact details</source>
            <translation>adicionar pacientes ou alterar sua identidade e dados de contato</translation>
        </message>
        <message>
            <location line="+3" />
            <source>change a patient's allergies, contraindications or clinical notes</source>
            <translation>alterar alergias, contraindicações ou observações clínicas de um paciente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>delete patients</source>
            <translation>excluir pacientes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>schedule sessions</source>
            <translation>agendar sessões</translation>
        </message>
        <message>
            <location line="+1" />
            <source>plan, perform or change clinical records</source>
            <translation>planejar, realizar ou alterar registros clínicos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>sign sessions</source>
            <translation>assinar sessões</translation>
        </message>
        <message>
            <location line="+1" />
            <source>amend signed sessions</source>
            <translation>retificar sessões assinadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>print patient documents</source>
            <translation>imprimir documentos de pacientes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>change products, lots, presets or clinic limits</source>
            <translation>alterar produtos, lotes, predefinições ou limites da clínica</translation>
        </message>
        <message>
            <location line="+3" />
            <source>change clinic settings</source>
            <translation>alterar as configurações da clínica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>manage user accounts</source>
            <translation>gerenciar contas de usuário</translation>
        </message>
        <message>
            <location line="+1" />
            <source>back up or restore the database</source>
            <translation>fazer backup ou restaurar o banco de dados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>read the audit trail</source>
            <translation>ler a trilha de auditoria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>export a patient's data</source>
            <translation>exportar os dados de um paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>erase or anonymise patients</source>
            <translation>excluir ou anonimizar pacientes</translation>
        </message>
    </context>
    <context>
        <name>records</name>
        <message>
            <location filename="../../mesomap/core/records/checklist.py" line="+18" />
            <source>Pregnancy or breastfeeding</source>
            <extracomment>Shipped items (the clinic can edit, add and deactivate them): (code, label, blocking).</extracomment>
            <translation>Gravidez ou amamentação</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bleeding disorder or anticoagulant treatment</source>
            <translation>Distúrbio de coagulação ou tratamento anticoagulante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active infection at the injection site</source>
            <translation>Infecção ativa no local da injeção</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Allergy to a component of the products</source>
            <translation>Alergia a algum componente dos produtos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other contraindication (see note)</source>
            <translation>Outra contraindicação (ver observação)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>“{item}” has no answer yet. Answer every question of the checklist before marking the session performed.</source>
            <translation>“{item}” ainda não tem resposta. Responda a todas as perguntas da lista antes de marcar a sessão como realizada.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{item}” was answered yes: the session cannot be marked performed. Record what was done instead in the notes.</source>
            <translation>A resposta a “{item}” foi sim: a sessão não pode ser marcada como realizada. Registre nas observações o que foi feito.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/records/courses.py" line="+17" />
            <source>Musculoskeletal pain</source>
            <extracomment>Shipped indications (code, English label); the clinic may add its own.</extracomment>
            <translation>Dor musculoesquelética</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Venous insufficiency / lymphoedema</source>
            <translation>Insuficiência venosa / linfedema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cellulite</source>
            <translation>Celulite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skin rejuvenation</source>
            <translation>Rejuvenescimento cutâneo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alopecia</source>
            <translation>Alopecia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Localised fat</source>
            <translation>Gordura localizada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scars</source>
            <translation>Cicatrizes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Outro</translation>
        </message>
        <message>
            <location line="+45" />
            <source>This session is {gap} day(s) from the session of {other}; the course plans at least {minimum} days between sessions.</source>
            <translation>Esta sessão está a {gap} dia(s) da sessão de {other}; o ciclo prevê pelo menos {minimum} dias entre as sessões.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This session is {gap} days after the previous one; the course plans at most {maximum} days between sessions.</source>
            <translation>Esta sessão é {gap} dias após a anterior; o ciclo prevê no máximo {maximum} dias entre as sessões.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{product}: this session is {gap} day(s) from the previous use; its limit is at least {minimum} days between sessions.</source>
            <translation>{product}: esta sessão está a {gap} dia(s) do uso anterior; seu limite é de pelo menos {minimum} dias entre as sessões.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>This is session {count} of a course planned for {planned} sessions.</source>
            <translation>Esta é a sessão {count} de um ciclo previsto de {planned} sessões.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/records/limits.py" line="+92" />
            <source>{product}: {volume} mL planned in this session; its limit is {limit} mL per session.</source>
            <translation>{product}: {volume} mL previstos nesta sessão; seu limite é {limit} mL por sessão.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{product}: {count} injections planned in this session; its limit is {limit} per session.</source>
            <translation>{product}: {count} injeções previstas nesta sessão; seu limite é {limit} por sessão.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{product}: {volume} mL over the course with this session; its limit is {limit} mL per course.</source>
            <translation>{product}: {volume} mL no ciclo com esta sessão; seu limite é {limit} mL por ciclo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{product}: {count} injections over the course with this session; its limit is {limit} per course.</source>
            <translation>{product}: {count} injeções no ciclo com esta sessão; seu limite é {limit} por ciclo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{product}: this would be session {count} with this product in the course; its limit is {limit} sessions.</source>
            <translation>{product}: seria a sessão {count} com este produto no ciclo; seu limite é {limit} sessões.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{product}: {days} day(s) since its previous use; its limit is at least {limit} days between sessions.</source>
            <translation>{product}: {days} dia(s) desde o uso anterior; seu limite é de pelo menos {limit} dias entre as sessões.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{volume} mL planned in this session; the clinic's limit “{label}” is {limit} mL.</source>
            <translation>{volume} mL previstos nesta sessão; o limite da clínica “{label}” é {limit} mL.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{count} injections planned in this session; the clinic's limit “{label}” is {limit}.</source>
            <translation>{count} injeções previstas nesta sessão; o limite da clínica “{label}” é {limit}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>About {minutes} minutes estimated for this session; the clinic's limit “{label}” is {limit} minutes.</source>
            <translation>Cerca de {minutes} minutos estimados para esta sessão; o limite da clínica “{label}” é {limit} minutos.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{days} day(s) since the previous session; the clinic's limit “{label}” is at least {limit} days.</source>
            <translation>{days} dia(s) desde a sessão anterior; o limite da clínica “{label}” é de pelo menos {limit} dias.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This would be session {count} of the course; the clinic's limit “{label}” is {limit} sessions.</source>
            <translation>Seria a sessão {count} do ciclo; o limite da clínica “{label}” é {limit} sessões.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/records/lots.py" line="+44" />
            <source>Lot {lot} of {product} expired on {expiry}. Choose another lot: an expired lot cannot be used.</source>
            <translation>O lote {lot} de {product} venceu em {expiry}. Escolha outro lote: um lote vencido não pode ser usado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Lot {lot} of {product} expires on {expiry}, in {days} day(s).</source>
            <translation>O lote {lot} de {product} vence em {expiry}, daqui a {days} dia(s).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Lot {lot} of {product} expired on {expiry}, so it was taken out of the copied mixture. Choose another lot of {product}.</source>
            <translation>O lote {lot} de {product} venceu em {expiry}, por isso foi retirado da mistura copiada. Escolha outro lote de {product}.</translation>
        </message>
        <message>
            <location filename="../../mesomap/core/records/presets.py" line="+39" />
            <source>Intra-epidermal (IED), lines</source>
            <translation>Intraepidérmica (IED), linhas</translation>
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
            <translation>Pápulas para dor (IDP, 2–3 cm)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Point-by-point intradermo-hypodermic</source>
            <translation>Ponto a ponto intradermo-hipodérmica</translation>
        </message>
    </context>
    <context>
        <name>self.window</name>
        <message>
            <source>This is a PostgreSQL database: back it up on the server with pg_dump (see docs/backup.md).</source>
            <translation type="vanished">Este é um banco de dados PostgreSQL: faça o backup no servidor com pg_dump (veja docs/backup.md).</translation>
        </message>
        <message>
            <source>Backup made and checked: %1</source>
            <translation type="vanished">Backup feito e verificado: %1</translation>
        </message>
        <message>
            <source>This is a PostgreSQL database: restore it on the server with pg_restore (see docs/backup.md).</source>
            <translation type="vanished">Este é um banco de dados PostgreSQL: restaure-o no servidor com pg_restore (veja docs/backup.md).</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation type="vanished">Restaurar backup</translation>
        </message>
        <message>
            <source>mesomap backups (*.sqlite)</source>
            <translation type="vanished">Backups do mesomap (*.sqlite)</translation>
        </message>
        <message>
            <source>Replace the current database with %1? Everything recorded after that backup is replaced (the current database is kept beside it). Close mesomap on other computers using it first.</source>
            <translation type="vanished">Substituir o banco de dados atual por %1? Tudo o que foi registrado depois desse backup será substituído (o banco atual é mantido ao lado). Feche antes o mesomap nos outros computadores que o usam.</translation>
        </message>
        <message>
            <source>The database was restored from %1. Log in again.</source>
            <translation type="vanished">O banco de dados foi restaurado de %1. Faça login novamente.</translation>
        </message>
        <message>
            <source>Choose a patient in the list first.</source>
            <translation type="vanished">Escolha primeiro um paciente na lista.</translation>
        </message>
        <message>
            <source>Readable PDF (*.pdf)</source>
            <translation type="vanished">PDF legível (*.pdf)</translation>
        </message>
        <message>
            <source>Export patient data</source>
            <translation type="vanished">Exportar dados do paciente</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation type="vanished">Arquivos JSON (*.json)</translation>
        </message>
        <message>
            <source>Patient data exported to %1</source>
            <translation type="vanished">Dados do paciente exportados para %1</translation>
        </message>
        <message>
            <source>Erase patient</source>
            <translation type="vanished">Excluir paciente</translation>
        </message>
        <message>
            <source>Erase this patient and all their records for good? This cannot be undone. Backups keep them until rotation removes them.</source>
            <translation type="vanished">Excluir definitivamente este paciente e todos os seus registros? Isso não pode ser desfeito. Os backups os mantêm até que a rotação os remova.</translation>
        </message>
        <message>
            <source>Anonymise patient</source>
            <translation type="vanished">Anonimizar paciente</translation>
        </message>
        <message>
            <source>This patient has signed records, which must be kept, so they cannot be erased. Anonymise instead (remove name, birth date and contact details, keep the clinical record)?</source>
            <translation type="vanished">Este paciente tem registros assinados, que precisam ser mantidos, então não pode ser excluído. Anonimizar em vez disso (remover nome, data de nascimento e contatos, manter o registro clínico)?</translation>
        </message>
        <message>
            <source>The patient was erased.</source>
            <translation type="vanished">O paciente foi excluído.</translation>
        </message>
        <message>
            <source>The patient was anonymised.</source>
            <translation type="vanished">O paciente foi anonimizado.</translation>
        </message>
    </context>
    <context>
        <name>storage</name>
        <message>
            <location filename="../../mesomap/storage/accounts.py" line="+81" />
            <source>The login name or the password is not correct. Check them and try again.</source>
            <translation>O nome de login ou a senha estão incorretos. Verifique-os e tente novamente.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Too many wrong passwords for this account. Wait {seconds} seconds, then try again.</source>
            <translation>Muitas senhas erradas para esta conta. Aguarde {seconds} segundos e tente novamente.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>The password must have at least {minimum} characters.</source>
            <translation>A senha deve ter pelo menos {minimum} caracteres.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>The login name must be one word of at most 64 characters.</source>
            <translation>O nome de login deve ser uma única palavra de no máximo 64 caracteres.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The name is required.</source>
            <translation>O nome é obrigatório.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Give the account at least one role.</source>
            <translation>Atribua pelo menos uma função à conta.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The login name {login} is taken. Choose another one.</source>
            <translation>O nome de login {login} já está em uso. Escolha outro.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This database already has accounts; ask an administrator to create yours.</source>
            <translation>Este banco de dados já tem contas; peça a um administrador para criar a sua.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/engine.py" line="+179" />
            <source>mesomap cannot use the database {url}: only SQLite files (sqlite:///path) and PostgreSQL servers (postgresql+psycopg://user@host/database) are supported.</source>
            <translation>O mesomap não pode usar o banco de dados {url}: só são aceitos arquivos SQLite (sqlite:///caminho) e servidores PostgreSQL (postgresql+psycopg://usuario@host/banco).</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The folder {folder} does not exist, so the database file cannot be created there. Create the folder or choose another location.</source>
            <translation>A pasta {folder} não existe, então o arquivo do banco de dados não pode ser criado nela. Crie a pasta ou escolha outro local.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>mesomap cannot read or create the database file {path} ({reason}). Check that it is a file you may write to, or choose another location.</source>
            <translation>O mesomap não pode ler nem criar o arquivo do banco de dados {path} ({reason}). Verifique se é um arquivo em que você pode gravar, ou escolha outro local.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The database {url} is busy or cannot be read right now (another mesomap may be saving a large change). Wait a moment and try again.</source>
            <translation>O banco de dados {url} está ocupado ou não pode ser lido agora (outro mesomap pode estar salvando uma alteração grande). Aguarde um momento e tente novamente.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/errors.py" line="+24" />
            <source>The database could not be used. The log file has the technical details.</source>
            <translation>Não foi possível usar o banco de dados. O arquivo de log tem os detalhes técnicos.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>mesomap could not open the database at {url}. Check the address, that the server is running and that you may use it, then try again.</source>
            <translation>O mesomap não conseguiu abrir o banco de dados em {url}. Verifique o endereço, se o servidor está funcionando e se você pode usá-lo, e tente novamente.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The database file {path} is on a network or cloud-synchronised location ({reason}). SQLite files there can be corrupted when two computers or the sync service write at the same time, so mesomap refuses to use it. Keep the file on this computer's own disk, or let several workstations share a PostgreSQL server (--db postgresql+psycopg://...).</source>
            <translation>O arquivo do banco de dados {path} está em um local de rede ou sincronizado na nuvem ({reason}). Ali os arquivos SQLite podem ser corrompidos quando dois computadores ou o serviço de sincronização gravam ao mesmo tempo, por isso o mesomap se recusa a usá-lo. Mantenha o arquivo no disco deste computador, ou deixe várias estações compartilharem um servidor PostgreSQL (--db postgresql+psycopg://...).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{location} already holds data that does not belong to mesomap. mesomap left it untouched. Choose another file or an empty database.</source>
            <translation>{location} já contém dados que não pertencem ao mesomap. O mesomap não os alterou. Escolha outro arquivo ou um banco de dados vazio.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This database was last used by a newer version of mesomap (schema {revision}). Install that version or a later one to open it; this version left it untouched.</source>
            <translation>Este banco de dados foi usado pela última vez por uma versão mais nova do mesomap (esquema {revision}). Instale essa versão ou uma posterior para abri-lo; esta versão não o alterou.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The file {path} is damaged or is not a mesomap database, so it cannot be opened. mesomap did not change it. Restore it from a backup or choose another file.</source>
            <translation>O arquivo {path} está danificado ou não é um banco de dados do mesomap, então não pode ser aberto. O mesomap não o alterou. Restaure-o de um backup ou escolha outro arquivo.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Updating the database to this version of mesomap failed, so nothing was changed. {backup_note} The log file has the technical details.</source>
            <translation>A atualização do banco de dados para esta versão do mesomap falhou, então nada foi alterado. {backup_note} O arquivo de log tem os detalhes técnicos.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The {record} you asked for no longer exists. It may have been deleted.</source>
            <translation>O item solicitado ({record}) não existe mais. Pode ter sido excluído.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The {record} cannot be deleted because other records depend on it. Nothing was deleted.</source>
            <translation>O item ({record}) não pode ser excluído porque outros registros dependem dele. Nada foi excluído.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{changed_by} changed this {record} at {changed_at} while you were editing it. Your changes were not saved and are still in the form: compare, then save again.</source>
            <translation>{changed_by} alterou este item ({record}) em {changed_at} enquanto você o editava. Suas alterações não foram salvas e continuam no formulário: compare e salve novamente.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>This {record} was deleted by someone else while you were editing it. Your changes were not saved and are still in the form.</source>
            <translation>Este item ({record}) foi excluído por outra pessoa enquanto você o editava. Suas alterações não foram salvas e continuam no formulário.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Someone else changed this {record} at {changed_at} while you were editing it. Your changes were not saved and are still in the form: compare, then save again.</source>
            <translation>Outra pessoa alterou este item ({record}) em {changed_at} enquanto você o editava. Suas alterações não foram salvas e continuam no formulário: compare e salve novamente.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>A {current} session cannot be marked {requested}. Nothing was changed.</source>
            <translation>Uma sessão no estado “{current}” não pode ser marcada como “{requested}”. Nada foi alterado.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This {record} is signed and cannot be changed. Record a correction as an amendment.</source>
            <translation>Este item ({record}) está assinado e não pode ser alterado. Registre a correção como retificação.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/maps.py" line="+69" />
            <source>map</source>
            <translation>mapa</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The map was not saved: {problem}</source>
            <translation>O mapa não foi salvo: {problem}</translation>
        </message>
        <message>
            <location line="+55" />
            <source>session</source>
            <translation>sessão</translation>
        </message>
        <message>
            <location line="+103" />
            <source>The stored map of this session has an impossible patient fit, so it cannot be opened. Restore the database from a backup.</source>
            <translation>O mapa armazenado desta sessão tem um ajuste ao paciente impossível, então não pode ser aberto. Restaure o banco de dados de um backup.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/permissions.py" line="+7" />
            <source>Your account may not {action}. Nothing was changed. Ask an administrator if your work needs it.</source>
            <translation>Sua conta não pode {action}. Nada foi alterado. Peça a um administrador se o seu trabalho exigir.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Log in to {action}. Nothing was changed.</source>
            <translation>Faça login para {action}. Nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/catalog.py" line="+90" />
            <source>The product name is required.</source>
            <translation>O nome do produto é obrigatório.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Volumes must be exact decimals.</source>
            <translation>Os volumes devem ser decimais exatos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A limit must be more than 0.</source>
            <translation>Um limite deve ser maior que 0.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A limit cannot be negative.</source>
            <translation>Um limite não pode ser negativo.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The lot number is required.</source>
            <translation>O número do lote é obrigatório.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>This name or number is already in the catalogue.</source>
            <translation>Este nome ou número já está no catálogo.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/patients.py" line="+132" />
            <source>The family name is required.</source>
            <translation>O sobrenome é obrigatório.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The birth date cannot be in the future.</source>
            <translation>A data de nascimento não pode estar no futuro.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/records_common.py" line="+99" />
            <location filename="../../mesomap/storage/repository/sessions.py" line="+102" />
            <source>The time has no time zone; it cannot be stored.</source>
            <translation>O horário não tem fuso horário; não pode ser armazenado.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This field is required.</source>
            <translation>Este campo é obrigatório.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>“{value}” is not one of the allowed choices.</source>
            <translation>“{value}” não é uma das opções permitidas.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/sessions.py" line="+9" />
            <source>The session number in the course starts at 1.</source>
            <translation>O número da sessão no ciclo começa em 1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The planned duration must be more than 0 minutes.</source>
            <translation>A duração prevista deve ser maior que 0 minuto.</translation>
        </message>
        <message>
            <location line="+154" />
            <source>A session cannot be moved to another patient.</source>
            <translation>Uma sessão não pode ser movida para outro paciente.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/schema.py" line="+160" />
            <source>This mesomap database has no schema version recorded, so mesomap cannot tell how to open it. It was left untouched. Restore it from a backup.</source>
            <translation>Este banco de dados do mesomap não tem versão de esquema registrada, então o mesomap não sabe como abri-lo. Ele não foi alterado. Restaure-o de um backup.</translation>
        </message>
        <message>
            <location line="+78" />
            <source>This database was made by an older version of mesomap and needs updating before it can be used. It was left untouched.</source>
            <translation>Este banco de dados foi criado por uma versão mais antiga do mesomap e precisa ser atualizado antes do uso. Ele não foi alterado.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The safety copy could not be written (is the disk full?).</source>
            <translation>Não foi possível gravar a cópia de segurança (o disco está cheio?).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The safety copy made before updating did not pass its integrity check, which suggests the database itself is damaged.</source>
            <translation>A cópia de segurança feita antes da atualização não passou na verificação de integridade, o que sugere que o próprio banco de dados está danificado.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>A safety copy was kept next to the database file.</source>
            <translation>Uma cópia de segurança foi mantida ao lado do arquivo do banco de dados.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/seed.py" line="+53" />
            <source>This database holds real clinic records ({details}), so seed-demo did not touch it. Demonstration data goes into an empty database or one made by seed-demo: give a new file, for example --db sqlite:///mesomap-demo.sqlite.</source>
            <extracomment>Tables that hold a clinic's own records: any row in them makes a non-demo database "in use".</extracomment>
            <translation>Este banco de dados contém registros reais da clínica ({details}), então o seed-demo não o alterou. Os dados de demonstração vão em um banco vazio ou criado pelo seed-demo: informe um novo arquivo, por exemplo --db sqlite:///mesomap-demo.sqlite.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/records_courses.py" line="+140" />
            <source>This indication is already in the list.</source>
            <translation>Esta indicação já está na lista.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>A course has at least one planned session.</source>
            <translation>Um ciclo tem pelo menos uma sessão prevista.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The interval cannot be negative.</source>
            <translation>O intervalo não pode ser negativo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The longest interval must not be shorter than the shortest.</source>
            <translation>O intervalo mais longo não deve ser menor que o mais curto.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>A course cannot be moved to another patient.</source>
            <translation>Um ciclo não pode ser movido para outro paciente.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/records_sessions.py" line="+158" />
            <source>This course belongs to another patient.</source>
            <translation>Este ciclo pertence a outro paciente.</translation>
        </message>
        <message>
            <location line="+141" />
            <source>The number of papules cannot be negative.</source>
            <translation>O número de pápulas não pode ser negativo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A volume cannot be negative.</source>
            <translation>Um volume não pode ser negativo.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>A pain score is between 0 and 10.</source>
            <translation>Um escore de dor fica entre 0 e 10.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A circumference must be more than 0 cm.</source>
            <translation>Uma circunferência deve ser maior que 0 cm.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/records_signing.py" line="+247" />
            <source>amendment</source>
            <translation>retificação</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Give the reason for the amendment.</source>
            <translation>Informe o motivo da retificação.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Only a signed session is amended; change this one directly.</source>
            <translation>Só uma sessão assinada é retificada; altere esta diretamente.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/backup.py" line="+100" />
            <source>The backup could not be made ({reason}). The database itself was not changed. Check that the backup folder {folder} exists, is writable and has free space, then try again.</source>
            <translation>Não foi possível fazer o backup ({reason}). O banco de dados não foi alterado. Verifique se a pasta de backup {folder} existe, pode ser gravada e tem espaço livre, e tente novamente.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The file {path} cannot be restored: {reason} The current database was left unchanged. Choose another backup.</source>
            <translation>O arquivo {path} não pode ser restaurado: {reason} O banco de dados atual não foi alterado. Escolha outro backup.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>The backup copy did not pass its integrity check, which suggests the database itself is damaged. No backup was kept. Restore the last good backup or contact support.</source>
            <translation>A cópia de backup não passou na verificação de integridade, o que sugere que o próprio banco de dados está danificado. Nenhum backup foi mantido. Restaure o último backup bom ou entre em contato com o suporte.</translation>
        </message>
        <message>
            <location line="+73" />
            <source>the file does not exist.</source>
            <translation>o arquivo não existe.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file is empty.</source>
            <translation>o arquivo está vazio.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>it is damaged or is not a database.</source>
            <translation>está danificado ou não é um banco de dados.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>it is not a mesomap database.</source>
            <translation>não é um banco de dados do mesomap.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>it is damaged (its integrity check found errors).</source>
            <translation>está danificado (a verificação de integridade encontrou erros).</translation>
        </message>
        <message>
            <location line="+37" />
            <source>the copy failed its check after restoring.</source>
            <translation>a cópia falhou na verificação após a restauração.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/patient_export.py" line="+58" />
            <source>This patient has signed session records, which must be kept, so the patient cannot be erased. Nothing was deleted. Anonymise the patient instead: the identity is removed and the clinical record is kept.</source>
            <translation>Este paciente tem sessões assinadas, que precisam ser mantidas, então não pode ser excluído. Nada foi excluído. Anonimize o paciente: a identidade é removida e o registro clínico é mantido.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/template_snapshots.py" line="+63" />
            <source>This session was planned on the anatomical template “{template}” version {version}, which is no longer installed on this computer, and the database holds no copy of it, so its map cannot be shown or printed on the right outline. Install that template version again (copy its file into the templates folder, or reinstall the mesomap version it came with), then try again. Nothing was changed.</source>
            <translation>Esta sessão foi planejada no modelo anatômico “{template}” versão {version}, que não está mais instalado neste computador, e o banco de dados não guarda nenhuma cópia dele; por isso o mapa não pode ser exibido nem impresso sobre o contorno correto. Instale de novo essa versão do modelo (copie o arquivo dele para a pasta de modelos ou reinstale a versão do mesomap que o trazia) e tente novamente. Nada foi alterado.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The copy of the anatomical template “{template}” version {version} stored with this session does not match the session's record (it was altered), and the installed template differs too, so its map cannot be shown or printed on the right outline. Restore the database from a backup, or install that exact template version again. Nothing was changed.</source>
            <translation>A cópia do modelo anatômico “{template}” versão {version} guardada com esta sessão não corresponde ao registro da sessão (foi alterada), e o modelo instalado também é diferente; por isso o mapa não pode ser exibido nem impresso sobre o contorno correto. Restaure o banco de dados a partir de um backup ou instale de novo exatamente essa versão do modelo. Nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../mesomap/storage/repository/records_catalog.py" line="+109" />
            <source>This question is already in the checklist. Select it in the list to change it, or type a different question.</source>
            <translation>Esta pergunta já está na lista de contraindicações. Selecione-a na lista para alterá-la, ou digite outra pergunta.</translation>
        </message>
    </context>
</TS>
