<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>About</name>
    <message>
        <location filename="../../mat_companion/ui/shell/about.py" line="13"/>
        <source>&lt;p&gt;A relaxation companion for acupressure-mat sessions: stages, a session timer, a breathing pacer, ambient sound and your own history.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Safety.&lt;/b&gt; Many people find the mat helps them relax, and small studies suggest short-term relief for some neck and back pain.&lt;/p&gt;&lt;p&gt;Please check with your doctor before using the mat if you:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;are pregnant&lt;/li&gt;&lt;li&gt;take blood thinners&lt;/li&gt;&lt;li&gt;have broken or fragile skin&lt;/li&gt;&lt;li&gt;have diabetes or poor circulation&lt;/li&gt;&lt;li&gt;have a heart condition&lt;/li&gt;&lt;li&gt;have epilepsy&lt;/li&gt;&lt;li&gt;have a fever&lt;/li&gt;&lt;li&gt;have cancer or had recent spinal surgery&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Stop if:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;your skin breaks or bleeds&lt;/li&gt;&lt;li&gt;your skin goes numb&lt;/li&gt;&lt;li&gt;you feel faint&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;This app is not medical advice&lt;/b&gt; and does not diagnose or treat anything.&lt;/p&gt;&lt;p&gt;Your data stays on this computer; the app never connects to the network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Begleiter zum Entspannen auf der Akupressurmatte: Stufen, ein Sitzungstimer, ein Atemtaktgeber, Hintergrundklang und dein eigener Verlauf.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sicherheit.&lt;/b&gt; Viele Menschen finden, dass die Matte ihnen beim Entspannen hilft, und kleine Studien deuten auf eine kurzfristige Linderung mancher Nacken- und Rückenschmerzen hin.&lt;/p&gt;&lt;p&gt;Bitte frag vor der Benutzung deine Ärztin oder deinen Arzt, wenn du:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;schwanger bist&lt;/li&gt;&lt;li&gt;Blutverdünner nimmst&lt;/li&gt;&lt;li&gt;verletzte oder empfindliche Haut hast&lt;/li&gt;&lt;li&gt;Diabetes oder Durchblutungsstörungen hast&lt;/li&gt;&lt;li&gt;eine Herzerkrankung hast&lt;/li&gt;&lt;li&gt;Epilepsie hast&lt;/li&gt;&lt;li&gt;Fieber hast&lt;/li&gt;&lt;li&gt;Krebs hast oder vor Kurzem an der Wirbelsäule operiert wurdest&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Hör auf, wenn:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;deine Haut aufreißt oder blutet&lt;/li&gt;&lt;li&gt;deine Haut taub wird&lt;/li&gt;&lt;li&gt;dir schwindlig wird&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Diese App ist kein medizinischer Rat&lt;/b&gt; und diagnostiziert oder behandelt nichts.&lt;/p&gt;&lt;p&gt;Deine Daten bleiben auf diesem Computer; die App verbindet sich nie mit dem Netzwerk.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/about.py" line="36"/>
        <source>About {name}</source>
        <translation>Über {name}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../mat_companion/ui/shell/recovery.py" line="87"/>
        <source>Unfinished session</source>
        <translation>Nicht beendete Sitzung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/recovery.py" line="60"/>
        <source>A session from {when} ({on_mat}) ended but could not be saved then. Save it in your history now?</source>
        <translation>Eine Sitzung vom {when} ({on_mat}) wurde beendet, konnte damals aber nicht gespeichert werden. Jetzt in deinem Verlauf speichern?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/recovery.py" line="66"/>
        <source>A session started {when} did not finish ({on_mat} recorded), last saved {saved}, later than the clock says it is now ({now}); your clock may have been put back since. Keep it in your history with its start?</source>
        <translation>Eine am {when} begonnene Sitzung wurde nicht beendet ({on_mat} aufgezeichnet), zuletzt gespeichert am {saved}, also später, als die Uhr jetzt anzeigt ({now}); deine Uhr wurde vielleicht inzwischen zurückgestellt. Mit ihrem Beginn in deinem Verlauf behalten?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/recovery.py" line="72"/>
        <source>A session started {when} did not finish ({on_mat} recorded before the app closed). Keep it in your history?</source>
        <translation>Eine am {when} begonnene Sitzung wurde nicht beendet ({on_mat} aufgezeichnet, bevor die App geschlossen wurde). In deinem Verlauf behalten?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/recovery.py" line="94"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/recovery.py" line="96"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/app.py" line="517"/>
        <source>Saving the session…</source>
        <extracomment>What was said while the window was being built (a page opened at start, the History page say, loads the history then): shown once the window exists.</extracomment>
        <translation>Die Sitzung wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>AudioStarter</name>
    <message>
        <location filename="../../mat_companion/audio/startup.py" line="24"/>
        <source>No audio output was found, so the app runs silently; everything else works.</source>
        <translation>Es wurde keine Audioausgabe gefunden; die App läuft ohne Klang, alles andere funktioniert.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/audio/startup.py" line="66"/>
        <source>Sound is off: QtMultimedia could not be loaded ({error}).</source>
        <translation>Der Klang ist aus: QtMultimedia konnte nicht geladen werden ({error}).</translation>
    </message>
    <message>
        <location filename="../../mat_companion/audio/startup.py" line="89"/>
        <source>Sound is off: the sounds could not be prepared ({error}).</source>
        <translation>Der Klang ist aus: Die Klänge konnten nicht vorbereitet werden ({error}).</translation>
    </message>
</context>
<context>
    <name>BreathingCues</name>
    <message>
        <location filename="../../mat_companion/ui/breathing/cues.py" line="43"/>
        <source>in</source>
        <extracomment>A boundary this close ahead is said now rather than waited for. On starting or resuming, a boundary this recent is still cued (a pattern starts on one).</extracomment>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/cues.py" line="44"/>
        <source>more</source>
        <translation>mehr</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/cues.py" line="45"/>
        <location filename="../../mat_companion/ui/breathing/cues.py" line="47"/>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/cues.py" line="46"/>
        <source>out</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>BreathingPacerWidget</name>
    <message>
        <location filename="../../mat_companion/ui/breathing/pacer.py" line="53"/>
        <source>Breathe in</source>
        <extracomment>Elapsed pacing seconds now (the clock the pacer follows: a session&apos;s mat time, say). The line to show under the shape at an elapsed time (&quot;&quot; for none). How far the edge may move between frames: under two pixels still reads as smooth. Frames for a whole inhale or exhale at most: a large shape takes longer steps, so it costs no more frames than a small one (about nine a second on a 5.5 s breath). The smallest shape, as a share of the largest, so the empty lungs still show. The room kept at each side of the words.</extracomment>
        <translation>Einatmen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/pacer.py" line="54"/>
        <source>A little more</source>
        <translation>Etwas mehr</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/pacer.py" line="55"/>
        <location filename="../../mat_companion/ui/breathing/pacer.py" line="57"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/pacer.py" line="56"/>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/pacer.py" line="91"/>
        <source>Breathing pacer</source>
        <translation>Atemtaktgeber</translation>
    </message>
</context>
<context>
    <name>BreathingPage</name>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="58"/>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="59"/>
        <source>Top-up</source>
        <translation>Nachatmen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="60"/>
        <source>Hold in</source>
        <translation>Halten (ein)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="61"/>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="62"/>
        <source>Hold out</source>
        <translation>Halten (aus)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="99"/>
        <location filename="../../mat_companion/ui/breathing/page.py" line="126"/>
        <source>Breathing</source>
        <extracomment>A volume slider one can set: a pixel for each percent at least.</extracomment>
        <translation>Atmung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="115"/>
        <source>Breathing pattern</source>
        <translation>Atemmuster</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="148"/>
        <source>Pattern (seconds)</source>
        <translation>Muster (Sekunden)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="157"/>
        <source>{part} seconds</source>
        <translation>{part} in Sekunden</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="163"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="164"/>
        <source>Save this pattern under a name</source>
        <translation>Dieses Muster unter einem Namen speichern</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="175"/>
        <source>Start at my natural pace and slow down over two minutes</source>
        <translation>In meinem natürlichen Tempo beginnen und über zwei Minuten langsamer werden</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="181"/>
        <source>until I stop</source>
        <translation>bis ich aufhöre</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="182"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="183"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="184"/>
        <source>&amp;Length</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="187"/>
        <source>no limit</source>
        <translation>ohne Grenze</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="188"/>
        <source>Number of breaths</source>
        <translation>Anzahl der Atemzüge</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="189"/>
        <source>&amp;Breaths</source>
        <translation>&amp;Atemzüge</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="193"/>
        <source>Cues to follow with your eyes closed</source>
        <translation>Signale zum Folgen mit geschlossenen Augen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="206"/>
        <source>Tone volume</source>
        <translation>Lautstärke der Töne</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="201"/>
        <source>Soft tick on holds</source>
        <translation>Leises Ticken beim Halten</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="208"/>
        <source>Tick volume</source>
        <translation>Lautstärke des Tickens</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="202"/>
        <source>Spoken words (&quot;in&quot;, &quot;hold&quot;, &quot;out&quot;)</source>
        <translation>Gesprochene Wörter („ein“, „halten“, „aus“)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="210"/>
        <source>Spoken volume</source>
        <translation>Lautstärke der Stimme</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="120"/>
        <location filename="../../mat_companion/ui/breathing/page.py" line="392"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="200"/>
        <source>One high note in, two low notes out</source>
        <translation>Ein hoher Ton beim Einatmen, zwei tiefe beim Ausatmen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="270"/>
        <source>Your own pattern.</source>
        <translation>Dein eigenes Muster.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="305"/>
        <source>Save pattern</source>
        <translation>Muster speichern</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="305"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="329"/>
        <source>{bpm} breaths a minute</source>
        <translation>{bpm} Atemzüge pro Minute</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="369"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="370"/>
        <source>Pacing.</source>
        <translation>Im Takt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="377"/>
        <source>Finishing this breath…</source>
        <translation>Dieser Atemzug wird beendet…</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="393"/>
        <source>Done. Take a moment before you get up.</source>
        <translation>Fertig. Nimm dir einen Moment, bevor du aufstehst.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/page.py" line="419"/>
        <source>Spoken words: no speech engine works</source>
        <translation>Gesprochene Wörter: keine Sprachausgabe funktioniert</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <location filename="../../mat_companion/ui/shell/close_guard.py" line="30"/>
        <source>A session is running</source>
        <translation>Eine Sitzung läuft</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/close_guard.py" line="31"/>
        <source>Your session is still running. What would you like to do?</source>
        <translation>Deine Sitzung läuft noch. Was möchtest du tun?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/close_guard.py" line="41"/>
        <source>Keep it running in the tray</source>
        <translation>Im Infobereich weiterlaufen lassen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/close_guard.py" line="45"/>
        <source>End it and quit</source>
        <translation>Stoppen und beenden</translation>
    </message>
</context>
<context>
    <name>CompletionCard</name>
    <message>
        <location filename="../../mat_companion/ui/session/completion_card.py" line="53"/>
        <source>Session finished</source>
        <extracomment>The card&apos;s column at most this many times its font&apos;s height wide: rows stay together.</extracomment>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/completion_card.py" line="92"/>
        <source>{days} in a row</source>
        <translation>{days} am Stück</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/completion_card.py" line="98"/>
        <source>Pain now</source>
        <translation>Schmerz jetzt</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/completion_card.py" line="99"/>
        <source>Stress now</source>
        <translation>Stress jetzt</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/completion_card.py" line="100"/>
        <source>Comfort on the mat</source>
        <translation>Wohlgefühl auf der Matte</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/completion_card.py" line="102"/>
        <source>&amp;Pain now: 0 no pain, 10 worst imaginable</source>
        <translation>&amp;Schmerz jetzt: 0 kein Schmerz, 10 stärkster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/completion_card.py" line="103"/>
        <source>&amp;Stress now: 0 no stress, 10 extreme</source>
        <translation>S&amp;tress jetzt: 0 kein Stress, 10 extrem</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/completion_card.py" line="104"/>
        <source>&amp;Comfort on the mat: 1 too intense, 5 very comfortable</source>
        <translation>&amp;Wohlgefühl auf der Matte: 1 zu intensiv, 5 sehr angenehm</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/completion_card.py" line="113"/>
        <source>Skin and body afterwards</source>
        <translation>Haut und Körper danach</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/completion_card.py" line="114"/>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/completion_card.py" line="116"/>
        <source>S&amp;kin and body afterwards</source>
        <translation>&amp;Haut und Körper danach</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/completion_card.py" line="123"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/completion_card.py" line="124"/>
        <source>A note, if you like</source>
        <translation>Eine Notiz, wenn du magst</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/completion_card.py" line="126"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="10"/>
        <source>inhale</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="11"/>
        <source>exhale</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="12"/>
        <source>hold in</source>
        <translation>Halten nach dem Einatmen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="13"/>
        <source>hold out</source>
        <translation>Halten nach dem Ausatmen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="14"/>
        <source>top up</source>
        <translation>Nachfüllen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="15"/>
        <source>{cycles} cycles of {pattern} done: now breathing gently, {inhale} s in, {exhale} s out</source>
        <translation>{cycles} Runden {pattern} geschafft: jetzt sanft weiteratmen, {inhale} s ein, {exhale} s aus</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="17"/>
        <source>{part} must be longer than 0 seconds</source>
        <translation>{part} muss länger als 0 Sekunden sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="19"/>
        <source>{part} must be a number of seconds</source>
        <translation>{part} muss eine Anzahl Sekunden sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="20"/>
        <source>{part} must be from 0 to {most} seconds</source>
        <translation>{part} muss zwischen 0 und {most} Sekunden liegen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="21"/>
        <source>{part} must be in steps of {step} seconds</source>
        <translation>{part} muss in Schritten von {step} Sekunden sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="22"/>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="35"/>
        <source>Could not {action} {path}: {reason}.</source>
        <translation>Fehler beim {action} {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="41"/>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="42"/>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="43"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="44"/>
        <source>the disk quota is exceeded</source>
        <translation>das Speicherkontingent ist überschritten</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="45"/>
        <source>a file is in the way of the folder</source>
        <translation>eine Datei steht dem Ordner im Weg</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="46"/>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="54"/>
        <source>write to the folder</source>
        <translation>Schreiben in den Ordner</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="56"/>
        <source>save</source>
        <translation>Speichern von</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="60"/>
        <source>{column} must be true or false, not {value}</source>
        <translation>{column} muss true oder false sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="61"/>
        <source>the CSV header has no column {columns}</source>
        <translation>der CSV-Kopfzeile fehlt die Spalte {columns}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="68"/>
        <source>{column} must be a number, not {value}</source>
        <translation>{column} muss eine Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="69"/>
        <source>{column} must be a whole number, not {value}</source>
        <translation>{column} muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="70"/>
        <source>extra must be a JSON object</source>
        <translation>extra muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="67"/>
        <source>the row has more cells than the header</source>
        <translation>die Zeile hat mehr Zellen als die Kopfzeile</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="73"/>
        <source>it is not a history document (no sessions object)</source>
        <translation>sie ist kein Verlaufsdokument (kein Sitzungsobjekt)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="74"/>
        <source>its schema_version is not a version number</source>
        <translation>ihre schema_version ist keine Versionsnummer</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="75"/>
        <source>it has no list of sessions</source>
        <translation>sie hat keine Liste von Sitzungen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="76"/>
        <source>the same id appears twice</source>
        <translation>dieselbe id kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="79"/>
        <source>{field} must be between 0 and {most}, not {value}</source>
        <translation>{field} muss zwischen 0 und {most} liegen, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="80"/>
        <source>{field} has no UTC offset: {value}</source>
        <translation>{field} hat keinen UTC-Versatz: {value}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="82"/>
        <source>{field} must be a number of seconds</source>
        <translation>{field} muss eine Anzahl Sekunden sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="83"/>
        <source>ratings must be an object</source>
        <translation>ratings muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="84"/>
        <source>ratings.{name} must be a whole number from {low} to {high}</source>
        <translation>ratings.{name} muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="85"/>
        <source>breathing must be an object</source>
        <translation>breathing muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="86"/>
        <source>breathing.preset must be text</source>
        <translation>breathing.preset muss Text sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="87"/>
        <source>a session must be an object</source>
        <translation>eine Sitzung muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="81"/>
        <source>id must be a UUID</source>
        <translation>id muss eine UUID sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="88"/>
        <source>ended_at is before started_at</source>
        <translation>ended_at liegt vor started_at</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="89"/>
        <source>completed must be true or false</source>
        <translation>completed muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="90"/>
        <source>stage must be a stage name</source>
        <translation>stage muss der Name einer Stufe sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="91"/>
        <source>skin must be one of {answers}</source>
        <translation>skin muss einer dieser Werte sein: {answers}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="92"/>
        <source>ambient must be a list of sound names</source>
        <translation>ambient muss eine Liste von Klangnamen sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="94"/>
        <source>{field} must be a date and time text</source>
        <translation>{field} muss ein Text mit Datum und Uhrzeit sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="95"/>
        <source>{field} is not a valid date and time: {value}</source>
        <translation>{field} ist kein gültiges Datum mit Uhrzeit: {value}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="96"/>
        <source>breathing.{name} must be from 0 to {most} seconds</source>
        <translation>breathing.{name} muss zwischen 0 und {most} Sekunden liegen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="97"/>
        <source>{field} must be text</source>
        <translation>{field} muss Text sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="107"/>
        <source>Your history file could not be read ({reason}); it was kept as {kept} and a new history was started.</source>
        <translation>Deine Verlaufsdatei konnte nicht gelesen werden ({reason}); sie wurde als {kept} aufbewahrt und ein neuer Verlauf begonnen.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="111"/>
        <source>Your history file {path} could not be read ({reason}) and could not be moved aside ({error}); it was left as it is and nothing will be saved.</source>
        <translation>Deine Verlaufsdatei {path} konnte nicht gelesen ({reason}) und nicht beiseitegelegt werden ({error}); sie bleibt, wie sie ist, und nichts wird gespeichert.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="112"/>
        <source>Your history file {path} needs repair but could not be rewritten: {error}</source>
        <translation>Deine Verlaufsdatei {path} muss repariert werden, konnte aber nicht neu geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="118"/>
        <source>{count} invalid sessions written by something else were left out; the file was kept as {kept}.</source>
        <translation>{count} ungültige Sitzungen, die ein anderes Programm geschrieben hat, wurden weggelassen; die Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="115"/>
        <source>read your history file</source>
        <translation>Lesen deiner Verlaufsdatei</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="116"/>
        <source>Your history file was damaged by something else ({reason}); it was kept as {kept} and your sessions were saved again from memory.</source>
        <translation>Deine Verlaufsdatei wurde von etwas anderem beschädigt ({reason}); sie wurde als {kept} aufbewahrt und deine Sitzungen wurden aus dem Speicher neu gesichert.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="121"/>
        <source>save your history to</source>
        <translation>Speichern deines Verlaufs in</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="122"/>
        <source>session {number}: {problem}</source>
        <translation>Sitzung {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="127"/>
        <source>line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="124"/>
        <source>The file cannot be imported: {reason}.</source>
        <translation>Die Datei kann nicht importiert werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="125"/>
        <source>The file was written by a newer version of Mat Companion (schema {version}); update the app to import it.</source>
        <translation>Die Datei wurde von einer neueren Version von Mat Companion geschrieben (Schema {version}); aktualisiere die App, um sie zu importieren.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="128"/>
        <source>A mix needs a name.</source>
        <translation>Eine Mischung braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="129"/>
        <source>“{name}” is one of the app&apos;s own mixes; choose another name.</source>
        <translation>„{name}“ ist eine Mischung der App; wähle einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="130"/>
        <source>the last {recent} rated comfortable ({from_rating} or 5) with no warning signs</source>
        <translation>die letzten {recent} als angenehm bewertet sind ({from_rating} oder 5), ohne Warnzeichen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="133"/>
        <source>Take it gently with {minutes} minutes, or a towel over the mat: {why}.</source>
        <translation>Mach es sanfter mit {minutes} Minuten oder einem Handtuch über der Matte: {why}.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="135"/>
        <source>1 more completed session</source>
        <translation>1 weiteren abgeschlossenen Sitzung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="136"/>
        <source>{count} more completed sessions</source>
        <translation>{count} weiteren abgeschlossenen Sitzungen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="137"/>
        <source>You chose to stay as you are for now.</source>
        <translation>Du hast entschieden, vorerst so zu bleiben.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="138"/>
        <source>A first session at {stage}: start with {minutes} minutes.</source>
        <translation>Eine erste Sitzung auf der Stufe {stage}: beginne mit {minutes} Minuten.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="192"/>
        <source>Is your skin broken, infected or inflamed where it would touch the mat (a rash, sunburn or fragile skin)?</source>
        <translation>Ist deine Haut dort, wo sie die Matte berühren würde, verletzt, infiziert oder entzündet (ein Ausschlag, Sonnenbrand oder empfindliche Haut)?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="203"/>
        <source>Sources disagree on children; some mat makers&apos; guides say not under 7. An adult should supervise. Please check with your doctor before using the mat.</source>
        <translation>Bei Kindern sind sich die Quellen uneins; manche Anleitungen der Mattenhersteller sagen: nicht unter 7. Ein Erwachsener sollte dabei sein. Bitte sprich vor der Benutzung mit deiner Ärztin oder deinem Arzt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="212"/>
        <source>Start gently. A few slow, calm breaths, then lean back slowly.</source>
        <translation>Beginne sanft. Ein paar langsame, ruhige Atemzüge, dann lehne dich langsam zurück.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="139"/>
        <source>your last {count} sessions were rated uncomfortable</source>
        <translation>deine letzten {count} Sitzungen waren unangenehm</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="140"/>
        <source>{count} sessions at {stage}, the last {recent} comfortable: you could try {next} ({minutes} minutes).</source>
        <translation>{count} Sitzungen auf der Stufe {stage}, die letzten {recent} angenehm: Du könntest {next} versuchen ({minutes} Minuten).</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="141"/>
        <source>Step back to {stage}: {why}.</source>
        <translation>Geh zurück zu {stage}: {why}.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="142"/>
        <source>The last stage: up to its longest session.</source>
        <translation>Die letzte Stufe: bis zu ihrer längsten Sitzung.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="143"/>
        <source>the first session after a stop sign</source>
        <translation>die erste Sitzung nach einem Warnzeichen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="144"/>
        <source>{count} comfortable sessions in a row</source>
        <translation>{count} angenehme Sitzungen in Folge</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="145"/>
        <source>Your last session was comfortable</source>
        <translation>Deine letzte Sitzung war angenehm</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="146"/>
        <source>{said} at {minutes} min: try {longer} minutes.</source>
        <translation>{said} bei {minutes} Min.: versuch {longer} Minuten.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="147"/>
        <source>You said you are pregnant or breastfeeding: please check with your doctor before using the mat.</source>
        <translation>Du hast angegeben, dass du schwanger bist oder stillst: Bitte sprich vor der Benutzung der Matte mit deiner Ärztin oder deinem Arzt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="148"/>
        <source>You said you have a heart condition, a pacemaker, or high or low blood pressure: please check with your doctor before using the mat.</source>
        <translation>Du hast angegeben, dass du eine Herzerkrankung, einen Herzschrittmacher oder hohen oder niedrigen Blutdruck hast: Bitte sprich vor der Benutzung der Matte mit deiner Ärztin oder deinem Arzt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="149"/>
        <source>You said the mat is for a child: an adult should supervise; please check with your doctor before using the mat.</source>
        <translation>Du hast angegeben, dass die Matte für ein Kind ist: Ein Erwachsener sollte dabei sein; bitte sprich vor der Benutzung der Matte mit deiner Ärztin oder deinem Arzt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="150"/>
        <source>Socks only: you said you have diabetes, neuropathy, numbness or poor circulation, so avoid standing barefoot on the mat.</source>
        <translation>Nur mit Socken: Du hast Diabetes, eine Neuropathie, Taubheitsgefühle oder eine schlechte Durchblutung angegeben, also stell dich nicht barfuß auf die Matte.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="164"/>
        <source>The unfinished session in {path} could not be read ({error}).</source>
        <translation>Die nicht beendete Sitzung in {path} konnte nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="151"/>
        <source>An unfinished session could not be recovered ({error}); it was kept as {kept}.</source>
        <translation>Eine nicht beendete Sitzung konnte nicht wiederhergestellt werden ({error}); sie wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="108"/>
        <source>{count} of {total} sessions in your history were not valid and were skipped (the first, number {number}: {problem}). The original file was kept as {kept}.</source>
        <translation>{count} von {total} Sitzungen in deinem Verlauf waren ungültig und wurden übersprungen (die erste, Nummer {number}: {problem}). Die ursprüngliche Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="114"/>
        <source>Your history file {path} has a second name (a hard link), which keeps the old version once the history is saved. To share the file, use a symbolic link instead.</source>
        <translation>Deine Verlaufsdatei {path} hat einen zweiten Namen (einen harten Link), der nach dem Speichern die alte Fassung behält. Um die Datei zu teilen, nimm stattdessen einen symbolischen Link.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="167"/>
        <source>The settings file {path} {problem}, so defaults are used for those; the original was kept as {kept}.</source>
        <translation>Die Einstellungsdatei {path} {problem}, daher gelten dafür die Standardwerte; das Original wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="168"/>
        <source>had invalid values for {names}</source>
        <translation>hatte ungültige Werte für {names}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="169"/>
        <source>The settings file {path} {problem}; defaults are used for those, but the file could not be moved aside ({error}).</source>
        <translation>Die Einstellungsdatei {path} {problem}; dafür gelten die Standardwerte, aber die Datei konnte nicht beiseitegelegt werden ({error}).</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="170"/>
        <source>{described} {error}</source>
        <translation>{described} {error}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="171"/>
        <source>{problem} Default settings are used.</source>
        <translation>{problem} Es gelten die Standardeinstellungen.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="172"/>
        <source>is not a valid settings file</source>
        <translation>ist keine gültige Einstellungsdatei</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="173"/>
        <source>read the settings file</source>
        <translation>Lesen der Einstellungsdatei</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="174"/>
        <source>Redness that fades after getting off is common and normal.</source>
        <translation>Rötungen, die nach dem Aufstehen verblassen, sind häufig und normal.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="175"/>
        <source>Marks that stay are a sign to rest: stop using the mat until they have gone, then start again gently, with a shirt or a towel over the mat. Check with your doctor if they do not fade.</source>
        <translation>Spuren, die bleiben, sind ein Zeichen für eine Pause: Benutze die Matte nicht, bis sie verschwunden sind, und beginne dann sanft wieder, mit einem T-Shirt oder einem Handtuch über der Matte. Frag deine Ärztin oder deinen Arzt, wenn sie nicht verblassen.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="176"/>
        <source>Stop using the mat until your skin has healed, and check with your doctor if it does not improve.</source>
        <translation>Benutze die Matte nicht, bis deine Haut verheilt ist, und frag deine Ärztin oder deinen Arzt, wenn es nicht besser wird.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="177"/>
        <source>Stop using the mat until the blisters have healed, and check with your doctor if they do not improve.</source>
        <translation>Benutze die Matte nicht, bis die Blasen verheilt sind, und frag deine Ärztin oder deinen Arzt, wenn es nicht besser wird.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="178"/>
        <source>Stop using the mat until the feeling has fully come back. If the numbness lasts or comes back, check with your doctor before you use the mat again.</source>
        <translation>Benutze die Matte nicht, bis das Gefühl ganz zurück ist. Wenn die Taubheit bleibt oder wiederkommt, frag deine Ärztin oder deinen Arzt, bevor du die Matte wieder benutzt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="179"/>
        <source>Stop using the mat until the bruises have gone, and check with your doctor if they do not fade or you bruise easily.</source>
        <translation>Benutze die Matte nicht, bis die blauen Flecken verschwunden sind, und frag deine Ärztin oder deinen Arzt, wenn sie nicht verblassen oder du leicht blaue Flecken bekommst.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="180"/>
        <source>Stop for today and rest somewhere safe, off the mat, until you feel well. If it does not pass or happens again, check with your doctor before you use the mat again.</source>
        <translation>Hör für heute auf und ruh dich an einem sicheren Ort abseits der Matte aus, bis es dir gut geht. Wenn es nicht vergeht oder wieder passiert, frag deine Ärztin oder deinen Arzt, bevor du die Matte wieder benutzt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="181"/>
        <source>Have the marks gone?</source>
        <translation>Sind die Spuren verschwunden?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="182"/>
        <source>Has your skin healed?</source>
        <translation>Ist deine Haut verheilt?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="183"/>
        <source>Have the blisters healed?</source>
        <translation>Sind die Blasen verheilt?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="184"/>
        <source>Has the numbness gone, with the feeling fully back?</source>
        <translation>Ist die Taubheit weg und das Gefühl ganz zurück?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="185"/>
        <source>Have the bruises gone?</source>
        <translation>Sind die blauen Flecken verschwunden?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="186"/>
        <source>Do you feel well again?</source>
        <translation>Geht es dir wieder gut?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="188"/>
        <source>read</source>
        <translation>Lesen von</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="126"/>
        <source>write the export to</source>
        <translation>Schreiben des Exports nach</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="9"/>
        <source>The folder {folder} cannot be written to, so nothing kept there can be saved; sessions still run.</source>
        <translation>In den Ordner {folder} kann nicht geschrieben werden, deshalb kann nichts, was dort liegt, gespeichert werden; Sitzungen laufen trotzdem.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="18"/>
        <source>The breathing patterns file {path} is broken: {error}</source>
        <translation>Die Datei der Atemmuster {path} ist beschädigt: {error}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="23"/>
        <source>{path} was not a folder, so it was moved to {kept}.</source>
        <translation>{path} war kein Ordner und wurde deshalb nach {kept} verschoben.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="32"/>
        <source>Another Mat Companion window or an import is using {path}; try again in a moment.</source>
        <translation>Ein anderes Mat-Companion-Fenster oder ein Import verwendet gerade {path}; versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="33"/>
        <source>open the lock file</source>
        <translation>Öffnen der Sperrdatei</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="34"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="36"/>
        <source>Other users can change the files in {path}; keep your sessions private by making the folder yours alone (chmod 700).</source>
        <translation>Andere Benutzer können die Dateien in {path} ändern; damit deine Sitzungen privat bleiben, mach den Ordner allein zu deinem (chmod 700).</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="37"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="38"/>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="39"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="40"/>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="47"/>
        <source>a folder is in the way</source>
        <translation>ein Ordner steht im Weg</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="50"/>
        <source>{path} is {kind}, not a regular file, so Mat Companion left it alone; move it away and try again.</source>
        <translation>{path} ist {kind} und keine normale Datei, darum hat Mat Companion es nicht angerührt; verschieb es woandershin und versuch es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="51"/>
        <source>The folder {path} belongs to another user, so Mat Companion will not use it; use a folder of your own (for example with --data-dir).</source>
        <translation>Der Ordner {path} gehört einem anderen Benutzer, darum verwendet Mat Companion ihn nicht; nimm einen eigenen Ordner (zum Beispiel mit --data-dir).</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="55"/>
        <source>keep the backup</source>
        <translation>Anlegen der Sicherungskopie</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="57"/>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="58"/>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="59"/>
        <source>vertical bars</source>
        <translation>senkrechte Striche</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="62"/>
        <source>it repeats an earlier row (the same id, or the same start where there is no id)</source>
        <translation>sie wiederholt eine frühere Zeile (dieselbe id oder, wo keine id steht, derselbe Beginn)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="63"/>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="64"/>
        <source>it is UTF-16 text; save it as CSV in UTF-8</source>
        <translation>sie ist UTF-16-Text; speichere sie als CSV in UTF-8</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="65"/>
        <source>line {line} is not UTF-8 text</source>
        <translation>Zeile {line} ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="66"/>
        <source>the column {columns} appears twice in the header</source>
        <translation>die Spalte {columns} kommt in der Kopfzeile zweimal vor</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="71"/>
        <source>its columns are separated by {delimiter}, not commas; save it as CSV with commas</source>
        <translation>ihre Spalten sind durch {delimiter} getrennt, nicht durch Kommas; speichere sie als CSV mit Kommas</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="72"/>
        <source>line {line} is not valid CSV</source>
        <translation>Zeile {line} ist kein gültiges CSV</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="77"/>
        <source>deleted must be a list of deletions</source>
        <translation>deleted muss eine Liste von Löschungen sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="93"/>
        <source>a deletion must be an object</source>
        <translation>eine Löschung muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="99"/>
        <source>Your history file {path} was written by a newer version of Mat Companion (schema {version}), so it was left untouched. New sessions can be saved once you update the app.</source>
        <translation>Deine Verlaufsdatei {path} wurde von einer neueren Version von Mat Companion geschrieben (Schema {version}) und bleibt deshalb unverändert. Neue Sitzungen lassen sich speichern, sobald du die App aktualisierst.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="101"/>
        <source>{count} records of deleted sessions in your history were not valid and were left out, so those sessions may show again. The original file was kept as {kept}.</source>
        <translation>{count} Einträge gelöschter Sitzungen in deinem Verlauf waren ungültig und wurden weggelassen, daher können diese Sitzungen wieder erscheinen. Die ursprüngliche Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="102"/>
        <source>{n} sessions</source>
        <translation>{n} Sitzungen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="105"/>
        <source>1 record of a deleted session in your history was not valid and was left out, so that session may show again. The original file was kept as {kept}.</source>
        <translation>1 Eintrag einer gelöschten Sitzung in deinem Verlauf war ungültig und wurde weggelassen, daher kann diese Sitzung wieder erscheinen. Die ursprüngliche Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="106"/>
        <source>{n} session</source>
        <translation>{n} Sitzung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="109"/>
        <source>a newer version of Mat Companion wrote it</source>
        <translation>eine neuere Version von Mat Companion hat sie geschrieben</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="110"/>
        <source>The conflict copy {path} that a sync tool left beside your history could not be read ({reason}); it was left where it is.</source>
        <translation>Die Konfliktkopie {path}, die ein Sync-Programm neben deinem Verlauf hinterlassen hat, konnte nicht gelesen werden ({reason}); sie bleibt, wo sie ist.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="120"/>
        <source>{count} invalid records of deleted sessions written by something else were left out; the file was kept as {kept}.</source>
        <translation>{count} ungültige Einträge gelöschter Sitzungen, die ein anderes Programm geschrieben hat, wurden weggelassen; die Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="113"/>
        <source>The conflict copy {name} that a sync tool left beside your history added {count} to it; it was moved to {kept}.</source>
        <translation>Die Konfliktkopie {name}, die ein Sync-Programm neben deinem Verlauf hinterlassen hat, hat ihm {count} hinzugefügt; sie wurde nach {kept} verschoben.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="123"/>
        <source>The file cannot be imported: {path} is {kind}, not a regular file.</source>
        <translation>Die Datei kann nicht importiert werden: {path} ist {kind}, keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="152"/>
        <source>{field} must be from 0 to {most} seconds</source>
        <translation>{field} muss zwischen 0 und {most} Sekunden liegen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="153"/>
        <source>plan must be an object</source>
        <translation>plan muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="154"/>
        <source>plan.{field} has the wrong type</source>
        <translation>plan.{field} hat den falschen Typ</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="155"/>
        <source>checkin must be an object</source>
        <translation>checkin muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="156"/>
        <source>checkin.note has the wrong type</source>
        <translation>checkin.note hat den falschen Typ</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="157"/>
        <source>checkin.{field} has the wrong type</source>
        <translation>checkin.{field} hat den falschen Typ</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="158"/>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="159"/>
        <source>saved_at is before started_at</source>
        <translation>saved_at liegt vor started_at</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="160"/>
        <source>mat_seconds is longer than the time from started_at to saved_at</source>
        <translation>mat_seconds ist länger als die Zeit von started_at bis saved_at</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="162"/>
        <source>it is {kind}, not a regular file</source>
        <translation>es ist {kind}, keine normale Datei</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="163"/>
        <source>it is too large to be a checkpoint</source>
        <translation>es ist zu groß für einen Sicherungsstand einer Sitzung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="165"/>
        <source>An unfinished session could not be recovered ({error}) or moved aside ({reason}): {path}.</source>
        <translation>Eine nicht beendete Sitzung konnte weder wiederhergestellt ({error}) noch beiseitegelegt werden ({reason}): {path}.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="78"/>
        <source>it is not valid JSON</source>
        <translation>es ist kein gültiges JSON</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="16"/>
        <source>1 cycle of {pattern} done: now breathing gently, {inhale} s in, {exhale} s out</source>
        <translation>1 Runde {pattern} geschafft: jetzt sanft weiteratmen, {inhale} s ein, {exhale} s aus</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="24"/>
        <source>The lock file {lock} of an unfinished session could not be opened ({error}).</source>
        <translation>Die Sperrdatei {lock} einer nicht beendeten Sitzung ließ sich nicht öffnen ({error}).</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="25"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="26"/>
        <source>{hours} h {minutes} min on the mat</source>
        <translation>{hours} Std. {minutes} Min. auf der Matte</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="27"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="28"/>
        <source>{seconds} s on the mat</source>
        <translation>{seconds} s auf der Matte</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="29"/>
        <source>{minutes} min on the mat</source>
        <translation>{minutes} Min. auf der Matte</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="30"/>
        <source>{hours} h on the mat</source>
        <translation>{hours} Std. auf der Matte</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="31"/>
        <source>There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start Mat Companion from a desktop session.</source>
        <translation>Es gibt keinen Bildschirm, auf dem sich das Fenster öffnen könnte (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt): Starte Mat Companion aus einer Desktop-Sitzung.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="48"/>
        <source>its links lead round in a loop</source>
        <translation>seine Links führen im Kreis</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="49"/>
        <source>its name is too long</source>
        <translation>ihr Name ist zu lang</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="52"/>
        <source>{path} is a link to {target}, which is not available; nothing is saved there until it is back.</source>
        <translation>{path} ist ein Link auf {target}, das gerade nicht erreichbar ist; dort wird nichts gespeichert, bis es wieder da ist.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="53"/>
        <source>{path} is a link another user made, so Mat Companion will not write through it; replace it with a link of your own.</source>
        <translation>{path} ist ein Link, den ein anderer Benutzer angelegt hat, deshalb folgt Mat Companion ihm beim Speichern nicht; ersetze ihn durch einen eigenen Link.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="98"/>
        <source>Your history is on {target}, which is not available; nothing will be saved until it is back.</source>
        <translation>Dein Verlauf liegt auf {target}, das gerade nicht erreichbar ist; bis es wieder da ist, wird nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="100"/>
        <source>Your history file was damaged: {sessions} could be read and kept, {count} could not, and the original file was kept as {kept}.</source>
        <translation>Deine Verlaufsdatei war beschädigt: Mat Companion hat {sessions} lesen und behalten können, {count} nicht, und die ursprüngliche Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="103"/>
        <source>Your history file could not be read ({reason}); it was kept as {kept}, and your history was restored from its backup {backup} ({sessions}).</source>
        <translation>Deine Verlaufsdatei konnte nicht gelesen werden ({reason}); sie wurde als {kept} aufbewahrt, und dein Verlauf wurde aus ihrer Sicherung {backup} wiederhergestellt ({sessions}).</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="104"/>
        <source>Your history file was damaged, but every session in it ({sessions}) could be read; the original file was kept as {kept}.</source>
        <translation>Deine Verlaufsdatei war beschädigt, aber jede Sitzung darin ({sessions}) konnte gelesen werden; die ursprüngliche Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="117"/>
        <source>1 invalid session written by something else was left out; the file was kept as {kept}.</source>
        <translation>1 ungültige Sitzung, die ein anderes Programm geschrieben hat, wurde weggelassen; die Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="119"/>
        <source>1 invalid record of a deleted session written by something else was left out; the file was kept as {kept}.</source>
        <translation>1 ungültiger Eintrag einer gelöschten Sitzung, den ein anderes Programm geschrieben hat, wurde weggelassen; die Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="132"/>
        <source>Stay with {minutes} min at {stage}.</source>
        <translation>Bleib bei {minutes} Min. auf der Stufe {stage}.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="161"/>
        <source>finished and completed must be true or false</source>
        <translation>finished und completed müssen true oder false sein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="166"/>
        <source>it is not a session checkpoint</source>
        <translation>es ist kein Sicherungsstand einer Sitzung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="187"/>
        <source>The folder {folder} is not yours alone, so a second launch of the app opens a second window instead of bringing this one forward.</source>
        <translation>Der Ordner {folder} gehört nicht dir allein, deshalb öffnet ein zweiter Start der App ein zweites Fenster, statt dieses nach vorn zu holen.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="189"/>
        <source>Are you pregnant or breastfeeding?</source>
        <translation>Bist du schwanger oder stillst du?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="190"/>
        <source>Please check with your doctor before using the mat.</source>
        <translation>Bitte sprich vor der Benutzung der Matte mit deiner Ärztin oder deinem Arzt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="191"/>
        <source>Do you take blood thinners, or have a bleeding or clotting disorder, thrombosis or phlebitis?</source>
        <translation>Nimmst du Blutverdünner oder hast du eine Blutungs- oder Gerinnungsstörung, eine Thrombose oder Venenentzündung?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="193"/>
        <source>Please check with your doctor before using the mat. Wait until the skin has healed.</source>
        <translation>Bitte sprich vor der Benutzung der Matte mit deiner Ärztin oder deinem Arzt. Warte, bis die Haut verheilt ist.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="194"/>
        <source>Do you have diabetes, neuropathy, numbness or poor circulation?</source>
        <translation>Hast du Diabetes, eine Neuropathie, Taubheitsgefühle oder eine schlechte Durchblutung?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="195"/>
        <source>Please check with your doctor before using the mat. Also avoid standing barefoot on the mat.</source>
        <translation>Bitte sprich vor der Benutzung der Matte mit deiner Ärztin oder deinem Arzt. Stell dich außerdem nicht barfuß auf die Matte.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="196"/>
        <source>Do you have a heart condition, a pacemaker, or high or low blood pressure?</source>
        <translation>Hast du eine Herzerkrankung, einen Herzschrittmacher oder hohen oder niedrigen Blutdruck?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="197"/>
        <source>Please check with your doctor before using the mat. Blood pressure has been measured rising on the mat.</source>
        <translation>Bitte sprich vor der Benutzung der Matte mit deiner Ärztin oder deinem Arzt. Auf der Matte wurde ein Anstieg des Blutdrucks gemessen.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="198"/>
        <source>Do you have epilepsy?</source>
        <translation>Hast du Epilepsie?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="199"/>
        <source>Do you have a fever or an acute illness today?</source>
        <translation>Hast du heute Fieber oder eine akute Erkrankung?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="200"/>
        <source>Please check with your doctor before using the mat. Wait until you are well again.</source>
        <translation>Bitte sprich vor der Benutzung der Matte mit deiner Ärztin oder deinem Arzt. Warte, bis es dir wieder gut geht.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="201"/>
        <source>Do you have cancer, or have you had spinal surgery recently?</source>
        <translation>Hast du Krebs oder wurdest du vor Kurzem an der Wirbelsäule operiert?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="202"/>
        <source>Is the mat for a child?</source>
        <translation>Ist die Matte für ein Kind?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="204"/>
        <source>Quiet</source>
        <translation>Still</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="205"/>
        <source>Soft rain</source>
        <translation>Sanfter Regen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="206"/>
        <source>Surf</source>
        <translation>Brandung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="207"/>
        <source>Rain and surf</source>
        <translation>Regen und Brandung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="208"/>
        <source>Beginner</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="209"/>
        <source>Propped behind you on a sofa or chair while you sit and relax: not all your weight on it.</source>
        <translation>Hinter dir auf dem Sofa oder Stuhl angelehnt, während du sitzt und entspannst: nicht dein ganzes Gewicht darauf.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="210"/>
        <source>A cotton shirt.</source>
        <translation>Ein Baumwoll-T-Shirt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="211"/>
        <source>Not needed; sit back against the mat.</source>
        <translation>Nicht nötig; lehn dich an die Matte.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="213"/>
        <source>Intermediate</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="214"/>
        <source>On a soft surface (bed or couch), lying with your back fully on it.</source>
        <translation>Auf einer weichen Unterlage (Bett oder Couch), mit dem ganzen Rücken darauf liegend.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="215"/>
        <source>A cotton shirt at first; bare skin once you are comfortable.</source>
        <translation>Zuerst ein Baumwoll-T-Shirt; nackte Haut, sobald es angenehm ist.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="216"/>
        <source>Under your neck, or leave it out.</source>
        <translation>Unter dem Nacken, oder weglassen.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="217"/>
        <source>Lie down in one slow movement and spread your weight.</source>
        <translation>Leg dich in einer langsamen Bewegung hin und verteile dein Gewicht.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="218"/>
        <source>Advanced</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="219"/>
        <source>On a hard flat surface: the floor.</source>
        <translation>Auf einer harten, ebenen Fläche: dem Boden.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="220"/>
        <source>A cotton shirt at first, then bare skin.</source>
        <translation>Zuerst ein Baumwoll-T-Shirt, dann nackte Haut.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="221"/>
        <source>Under your neck, lower back, hips or legs for targeted use.</source>
        <translation>Unter Nacken, unterem Rücken, Hüften oder Beinen für gezielte Anwendung.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="222"/>
        <source>The floor makes it more intense: go down slowly and stay still.</source>
        <translation>Der Boden macht es intensiver: leg dich langsam hin und bleib ruhig liegen.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="223"/>
        <source>Feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="224"/>
        <source>On the floor, standing on it; hold a wall or a chair.</source>
        <translation>Auf dem Boden, darauf stehend; halte dich an einer Wand oder einem Stuhl fest.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="225"/>
        <source>Socks first, then barefoot.</source>
        <translation>Zuerst mit Socken, dann barfuß.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="226"/>
        <source>Not used.</source>
        <translation>Nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="227"/>
        <source>Step on slowly, holding on, and shift your weight gently.</source>
        <translation>Steig langsam und festgehalten darauf und verlagere dein Gewicht sanft.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="228"/>
        <source>Breathe gently, not deeply. Stop if you feel light-headed or tingly.</source>
        <translation>Atme sanft, nicht tief. Hör auf, wenn dir schwindlig wird oder es kribbelt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="229"/>
        <source>Resonance</source>
        <translation>Resonanz</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="230"/>
        <source>About 5.5 breaths a minute, the pace of resonance breathing (Lehrer &amp; Gevirtz 2014).</source>
        <translation>Etwa 5,5 Atemzüge pro Minute, das Tempo der Resonanzatmung (Lehrer &amp; Gevirtz 2014).</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="231"/>
        <source>Longer exhale</source>
        <translation>Längeres Ausatmen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="232"/>
        <source>Six breaths a minute; many find a longer exhale more relaxing (Van Diest et al. 2014).</source>
        <translation>Sechs Atemzüge pro Minute; viele finden längeres Ausatmen entspannender (Van Diest et al. 2014).</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="233"/>
        <source>Box</source>
        <translation>Quadrat</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="234"/>
        <source>Four equal sides: in, hold, out, hold.</source>
        <translation>Vier gleiche Seiten: ein, halten, aus, halten.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="235"/>
        <source>4-7-8</source>
        <translation>4-7-8</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="236"/>
        <source>At most 4 cycles at a time in the first month, 8 later (Weil). If the hold is hard, speed up the count: the ratio matters.</source>
        <translation>Im ersten Monat höchstens 4 Zyklen am Stück, später 8 (Weil). Fällt das Halten schwer, zähle schneller: Auf das Verhältnis kommt es an.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="237"/>
        <source>Cyclic sigh</source>
        <translation>Zyklisches Seufzen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="238"/>
        <source>Two inhales through the nose (the second a short top-up), then one long exhale; about 5 minutes (Balban et al. 2023).</source>
        <translation>Zweimal durch die Nase einatmen (das zweite Mal kurz nachfüllen), dann einmal lange ausatmen; etwa 5 Minuten (Balban et al. 2023).</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="239"/>
        <source>Sit down and lean back slowly against the mat, in one movement. Spread your weight and stay still.</source>
        <translation>Setz dich und lehn dich langsam in einer Bewegung gegen die Matte. Verteile dein Gewicht und bleib ruhig.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="241"/>
        <source>Warmth and tingling are normal.</source>
        <translation>Wärme und Kribbeln sind normal.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="243"/>
        <source>Lean forward, away from the mat, before you stand up. Take a few breaths first.</source>
        <translation>Beug dich nach vorn, weg von der Matte, bevor du aufstehst. Atme vorher ein paarmal durch.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="244"/>
        <source>I&apos;m leaning back</source>
        <translation>Ich lehne mich an</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="245"/>
        <source>You have been against the mat for an hour. Time to lean forward, away from the mat, now.</source>
        <translation>Du lehnst seit einer Stunde an der Matte. Zeit, dich jetzt nach vorn zu beugen, weg von der Matte.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="246"/>
        <source>Lower yourself slowly, in one movement. Spread your weight and stay still.</source>
        <translation>Leg dich langsam in einer Bewegung hin. Verteile dein Gewicht und bleib ruhig.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="247"/>
        <source>Roll off the mat onto your side before you sit up. Take a few breaths before you stand.</source>
        <translation>Roll dich von der Matte auf die Seite, bevor du dich aufsetzt. Atme ein paarmal, bevor du aufstehst.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="248"/>
        <source>I&apos;m on the mat</source>
        <translation>Ich liege auf der Matte</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="249"/>
        <source>You have been on the mat for an hour. Time to come off the mat now: roll off it onto your side.</source>
        <translation>Du bist seit einer Stunde auf der Matte. Zeit, jetzt von der Matte zu gehen: Roll dich von ihr herunter auf die Seite.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="250"/>
        <source>Hold a wall or a chair and step onto the mat slowly. Shift your weight gently and stay steady.</source>
        <translation>Halte dich an einer Wand oder einem Stuhl fest und steig langsam auf die Matte. Verlagere dein Gewicht sanft und steh sicher.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="251"/>
        <source>Keep holding on. Warmth is normal.</source>
        <translation>Halt dich weiter fest. Wärme ist normal.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="253"/>
        <source>Holding the wall or chair, step off the mat onto the floor. Take a few breaths before you walk on.</source>
        <translation>Halte dich an der Wand oder am Stuhl fest und steig von der Matte auf den Boden. Atme ein paarmal, bevor du weitergehst.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="254"/>
        <source>I&apos;m standing on the mat</source>
        <translation>Ich stehe auf der Matte</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="255"/>
        <source>You have been standing on the mat for an hour. Time to step off onto the floor now, holding the wall or chair.</source>
        <translation>Du stehst seit einer Stunde auf der Matte. Zeit, jetzt auf den Boden zu steigen – halte dich dabei an der Wand oder am Stuhl fest.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="131"/>
        <source>{stage} is suggested after {more} and {comfortable}.</source>
        <translation>{stage} wird vorgeschlagen nach {more}, wenn {comfortable}.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="134"/>
        <source>{stage} is suggested after {comfortable}.</source>
        <translation>{stage} wird vorgeschlagen, wenn {comfortable}.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="240"/>
        <source>Breathe out slowly; the sting usually settles.</source>
        <translation>Atme langsam aus; das Stechen legt sich meist.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="242"/>
        <source>Begin to come back. Move your fingers and toes.</source>
        <translation>Komm langsam zurück. Beweg Finger und Zehen.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="252"/>
        <source>Begin to come back. Hold the wall or chair.</source>
        <translation>Komm zurück: halt dich an Wand oder Stuhl.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/core_texts.py" line="256"/>
        <source>You have reached the longest session suggested for your stage. Come back whenever you are ready.</source>
        <translation>Du hast die längste für deine Stufe vorgeschlagene Sitzung erreicht. Komm zurück, wann immer du bereit bist.</translation>
    </message>
</context>
<context>
    <name>DailyReminder</name>
    <message>
        <location filename="../../mat_companion/ui/shell/reminder.py" line="71"/>
        <source>Time for your mat?</source>
        <translation>Zeit für deine Matte?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/reminder.py" line="72"/>
        <source>If you would like a session today, Mat Companion is ready.</source>
        <translation>Wenn du heute eine Sitzung möchtest: Mat Companion ist bereit.</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../mat_companion/ui/shell/error_report.py" line="37"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/error_report.py" line="39"/>
        <source>Something unexpected went wrong: {error}. Your saved sessions are safe. The details are in the log file {log}.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen: {error}. Deine gespeicherten Sitzungen sind sicher. Die Einzelheiten stehen in der Protokolldatei {log}.</translation>
    </message>
</context>
<context>
    <name>ExperiencePage</name>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="158"/>
        <source>Where are you starting?</source>
        <translation>Wo fängst du an?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="159"/>
        <source>Your answer suggests a stage to start at; you can change it.</source>
        <translation>Deine Antwort schlägt eine Stufe für den Anfang vor; du kannst sie ändern.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="164"/>
        <source>I have never used an acupressure mat</source>
        <translation>Ich habe noch nie eine Akupressurmatte benutzt</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="165"/>
        <source>I have used one sometimes</source>
        <translation>Ich habe schon manchmal eine benutzt</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="166"/>
        <source>I use one regularly</source>
        <translation>Ich benutze regelmäßig eine</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="177"/>
        <source>Starting stage</source>
        <translation>Startstufe</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="182"/>
        <source>Suggested starting stage (you can change it):</source>
        <translation>Vorgeschlagene Startstufe (du kannst sie ändern):</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="253"/>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
</context>
<context>
    <name>HistoryLocationLabel</name>
    <message>
        <location filename="../../mat_companion/ui/history/location.py" line="51"/>
        <source>Where your history is saved</source>
        <extracomment>A path longer than this is shown with its middle folders left out (in full in the tooltip).</extracomment>
        <translation>Wo dein Verlauf gespeichert ist</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/location.py" line="64"/>
        <source>Your history is on {target}, which is not available; nothing will be saved until it is back.</source>
        <translation>Dein Verlauf liegt auf {target}, das gerade nicht erreichbar ist; bis es wieder da ist, wird nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/location.py" line="68"/>
        <source>Your history is saved in {path}.</source>
        <translation>Dein Verlauf wird in {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/location.py" line="70"/>
        <source>Your history is saved in {target}, through the link {path}.</source>
        <translation>Dein Verlauf wird in {target} gespeichert, über den Link {path}.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/location.py" line="75"/>
        <source>Another copy of it was last merged in on {when}.</source>
        <translation>Zuletzt wurde am {when} eine andere Kopie damit zusammengeführt.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../mat_companion/ui/history/day_filter.py" line="29"/>
        <source>any</source>
        <extracomment>The earliest date the range filter offers; at it, the filter reads &quot;any&quot;.</extracomment>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="100"/>
        <location filename="../../mat_companion/ui/history/page.py" line="113"/>
        <source>History</source>
        <extracomment>Says that something worked (an export, an import): a calm notice, logged as info.</extracomment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="117"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="118"/>
        <location filename="../../mat_companion/ui/history/page.py" line="317"/>
        <source>&amp;Trends</source>
        <translation>Ent&amp;wicklung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="138"/>
        <source>Search notes, stages, positions…</source>
        <translation>Notizen, Stufen, Positionen durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="139"/>
        <source>Search the history</source>
        <translation>Den Verlauf durchsuchen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="142"/>
        <source>Show the stage</source>
        <translation>Stufe anzeigen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="143"/>
        <source>All stages</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="153"/>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="154"/>
        <source>Until date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="156"/>
        <source>Fro&amp;m</source>
        <translation>V&amp;on</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="156"/>
        <source>unti&amp;l</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="175"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="183"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="184"/>
        <source>Add a session done without the app</source>
        <translation>Eine Sitzung ohne die App nachtragen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="185"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="186"/>
        <source>Open the selected session</source>
        <translation>Die ausgewählte Sitzung öffnen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="187"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="188"/>
        <source>Delete the selected session</source>
        <translation>Die ausgewählte Sitzung löschen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="189"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="190"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="205"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="206"/>
        <source>Export the history to a file</source>
        <translation>Den Verlauf in eine Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="207"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="208"/>
        <source>Import sessions from a file</source>
        <translation>Sitzungen aus einer Datei importieren</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="269"/>
        <source>No sessions yet. Each session you finish appears here with how you felt before and after; one done without the app can be added with Add…</source>
        <translation>Noch keine Sitzungen. Jede beendete Sitzung erscheint hier mit deinem Befinden vorher und nachher; eine ohne die App gemachte kannst du mit Hinzufügen… nachtragen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="275"/>
        <source>{shown} of {sessions}</source>
        <translation>{shown} von {sessions}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="301"/>
        <source>Undo {action}</source>
        <translation>{action} rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="301"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="346"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="362"/>
        <source>delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="368"/>
        <source>edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="374"/>
        <source>add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="385"/>
        <source>Delete this session?</source>
        <translation>Diese Sitzung löschen?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="386"/>
        <source>Delete this session from your history? You can undo it with Ctrl+Z.</source>
        <translation>Diese Sitzung aus deinem Verlauf löschen? Mit Strg+Z kannst du es rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="439"/>
        <source>Export the history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="441"/>
        <source>CSV for spreadsheets (*.csv);;JSON, complete (*.json)</source>
        <translation>CSV für Tabellen (*.csv);;JSON, vollständig (*.json)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="463"/>
        <source>There is not enough memory to export the history.</source>
        <translation>Es ist nicht genug Speicher frei, um den Verlauf zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="467"/>
        <source>{sessions} exported to {path}.</source>
        <translation>{sessions} nach {path} exportiert.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="472"/>
        <source>{sessions} exported to {path}; 1 session that is not valid was left out (it is kept in {kept}).</source>
        <translation>{sessions} nach {path} exportiert; 1 ungültige Sitzung wurde weggelassen (sie liegt in {kept}).</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="476"/>
        <source>{sessions} exported to {path}; {invalid} sessions that are not valid were left out (they are kept in {kept}).</source>
        <translation>{sessions} nach {path} exportiert; {invalid} ungültige Sitzungen wurden weggelassen (sie liegen in {kept}).</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="480"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="496"/>
        <source>Import sessions</source>
        <translation>Sitzungen importieren</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="498"/>
        <source>History files (*.csv *.json);;All files (*)</source>
        <translation>Verlaufsdateien (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="517"/>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="533"/>
        <source>There is not enough memory to import {file}.</source>
        <translation>Es ist nicht genug Speicher frei, um {file} zu importieren.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="544"/>
        <source>1 session in {file} is not valid ({first}). Import only the valid ones ({good})?</source>
        <translation>1 Sitzung in {file} ist ungültig ({first}). Nur die gültigen importieren ({good})?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="549"/>
        <source>{bad} sessions in {file} are not valid (the first, {first}). Import only the valid ones ({good})?</source>
        <translation>{bad} Sitzungen in {file} sind ungültig (die erste: {first}). Nur die gültigen importieren ({good})?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="556"/>
        <source>Some sessions are not valid</source>
        <translation>Einige Sitzungen sind ungültig</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="573"/>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="578"/>
        <source>{sessions} imported</source>
        <translation>{sessions} importiert</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="580"/>
        <source>; 1 was already in your history</source>
        <translation>; 1 war schon in deinem Verlauf</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/page.py" line="582"/>
        <source>; {count} were already in your history</source>
        <translation>; {count} waren schon in deinem Verlauf</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../mat_companion/ui/history/table_model.py" line="60"/>
        <source>custom</source>
        <translation>eigenes</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/table_model.py" line="84"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/table_model.py" line="90"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/table_model.py" line="96"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/table_model.py" line="102"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/table_model.py" line="108"/>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/table_model.py" line="114"/>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/table_model.py" line="120"/>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/table_model.py" line="126"/>
        <source>Comfort</source>
        <translation>Wohlgefühl</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/table_model.py" line="132"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="67"/>
        <source>Welcome to Mat Companion</source>
        <translation>Willkommen bei Mat Companion</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="69"/>
        <source>&lt;p&gt;Mat Companion sets up sessions that fit where you are, times them, paces your breathing and keeps your own history.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What the mat may do:&lt;/b&gt; many people find it helps them relax; small studies suggest short-term relief for some neck and back pain, and the first sting usually fades within a minute.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not shown by studies:&lt;/b&gt; better sleep, lower stress than resting without a mat, detox, hormone or endorphin effects, lower blood pressure, or treating any disease. This app is not medical advice.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mat Companion stellt Sitzungen zusammen, die zu dir passen, misst die Zeit, gibt deinem Atem einen Takt und führt deinen eigenen Verlauf.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Was die Matte bewirken kann:&lt;/b&gt; Viele Menschen entspannen sich damit; kleine Studien deuten auf eine kurzfristige Linderung mancher Nacken- und Rückenschmerzen hin, und das anfängliche Stechen lässt meist innerhalb einer Minute nach.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Von Studien nicht belegt:&lt;/b&gt; besserer Schlaf, weniger Stress als beim Ruhen ohne Matte, Entgiftung, Hormon- oder Endorphinwirkungen, niedrigerer Blutdruck oder die Behandlung irgendeiner Krankheit. Diese App ist kein medizinischer Rat.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mat_companion/ui/shell/main_window.py" line="71"/>
        <source>Sections</source>
        <extracomment>Builds a page when it is first shown. How a running session stands, in a few words (&quot;12:03 left&quot;). The page a running session is on. Room around a section&apos;s name in the sidebar.</extracomment>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/main_window.py" line="140"/>
        <source>&amp;File</source>
        <extracomment>Asked before the window closes; False keeps it open (e.g. a session is running).</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/main_window.py" line="141"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/main_window.py" line="146"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/main_window.py" line="156"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/main_window.py" line="157"/>
        <source>&amp;About {name}</source>
        <translation>Ü&amp;ber {name}</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../mat_companion/ui/shell/notice_bar.py" line="35"/>
        <source>Dismiss</source>
        <extracomment>How long news stays (a warning stays until dismissed).</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/notice_bar.py" line="36"/>
        <source>Dismiss notice</source>
        <translation>Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../mat_companion/ui/shell/pages.py" line="29"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/pages.py" line="30"/>
        <source>Set up a session that fits your stage, then let the timer carry you through getting on, the first sting, relaxing and getting off safely.</source>
        <translation>Richte eine Sitzung ein, die zu deiner Stufe passt, und lass dich vom Timer durch das Daraufgehen, das erste Stechen, das Entspannen und das sichere Heruntergehen führen.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/pages.py" line="38"/>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/pages.py" line="39"/>
        <source>A breathing pacer you can follow with your eyes or, with them closed, by ear. Breathe gently, not deeply. Stop if you feel light-headed or tingly.</source>
        <translation>Ein Atemtaktgeber, dem du mit den Augen oder, mit geschlossenen Augen, mit dem Ohr folgen kannst. Atme sanft, nicht tief. Hör auf, wenn dir schwindlig wird oder es kribbelt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/pages.py" line="47"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/pages.py" line="48"/>
        <source>Your stages, from the mat propped behind you on a sofa to lying on the floor, and what would suggest the next one.</source>
        <translation>Deine Stufen, von der Matte im Rücken auf dem Sofa bis zum Liegen auf dem Boden, und was für die nächste spräche.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/pages.py" line="56"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/pages.py" line="57"/>
        <source>Every session you have done, with how pain and stress felt before and after, as your own trend.</source>
        <translation>Jede Sitzung, die du gemacht hast, mit Schmerz und Stress vorher und nachher, als dein eigener Verlauf.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/pages.py" line="65"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/shell/pages.py" line="66"/>
        <source>Sounds, motion, reminders, your safety answers, and where your data is kept.</source>
        <translation>Klänge, Bewegung, Erinnerungen, deine Sicherheitsantworten und wo deine Daten liegen.</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message>
        <location filename="../../mat_companion/ui/i18n/plurals.py" line="11"/>
        <source>{n} session</source>
        <translation>{n} Sitzung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/plurals.py" line="12"/>
        <source>{n} sessions</source>
        <translation>{n} Sitzungen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/plurals.py" line="15"/>
        <source>{n} day</source>
        <translation>{n} Tag</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/plurals.py" line="16"/>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/plurals.py" line="19"/>
        <location filename="../../mat_companion/ui/i18n/plurals.py" line="20"/>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../mat_companion/ui/progress/page.py" line="42"/>
        <location filename="../../mat_companion/ui/progress/page.py" line="49"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/progress/page.py" line="72"/>
        <source>Progress is your choice: the app only suggests. Rest days and rest weeks never count against you.</source>
        <translation>Fortschritt ist deine Entscheidung: Die App schlägt nur vor. Ruhetage und Ruhewochen zählen nie gegen dich.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/progress/page.py" line="55"/>
        <source>and the Feet stage, any time</source>
        <translation>und die Stufe Füße, jederzeit</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/progress/page.py" line="54"/>
        <source>The stages and where you stand</source>
        <translation>Die Stufen und wo du stehst</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/progress/page.py" line="97"/>
        <source>You are at {stage}.</source>
        <translation>Du bist bei {stage}.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/progress/page.py" line="105"/>
        <source>you are here</source>
        <translation>hier bist du</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/progress/page.py" line="110"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/progress/page.py" line="110"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/progress/page.py" line="110"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/progress/page.py" line="110"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>QtAudioOutput</name>
    <message>
        <location filename="../../mat_companion/audio/qt_output.py" line="88"/>
        <source>The sound output could not be opened, so sound is off.</source>
        <extracomment>The wake-up bell is never quieter than this on the volume slider&apos;s scale (see README). A sound system that has not played anything by then is used anyway (and logged).</extracomment>
        <translation>Die Audioausgabe ließ sich nicht öffnen, daher bleibt der Klang aus.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/audio/qt_output.py" line="173"/>
        <source>{file} was skipped: only WAV, Ogg, MP3 and FLAC files can be played.</source>
        <translation>{file} wurde übersprungen: Nur WAV-, Ogg-, MP3- und FLAC-Dateien können abgespielt werden.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/audio/qt_output.py" line="182"/>
        <source>{file} was skipped: it could not be read ({reason}).</source>
        <translation>{file} wurde übersprungen: Die Datei konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../mat_companion/audio/qt_output.py" line="203"/>
        <source>{file} was skipped: {reason}.</source>
        <translation>{file} wurde übersprungen: {reason}.</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <location filename="../../mat_companion/ui/widgets/rating.py" line="13"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <location filename="../../mat_companion/ui/widgets/rating_row.py" line="65"/>
        <source>{name}: {value}</source>
        <extracomment>The width of a value&apos;s button, in its font&apos;s line heights. The widest value of the check-in&apos;s scales (0-10), which every button is sized for.</extracomment>
        <translation>{name}: {value}</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="87"/>
        <source>A few safety questions</source>
        <translation>Ein paar Sicherheitsfragen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="88"/>
        <source>Answer each one. A yes does not lock anything: it shows advice.</source>
        <translation>Beantworte jede Frage. Ein Ja sperrt nichts, es zeigt dir einen Hinweis.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="96"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="96"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="97"/>
        <source>Yes: {q}</source>
        <translation>Ja: {q}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="98"/>
        <source>No: {q}</source>
        <translation>Nein: {q}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="118"/>
        <source>None of these apply to me</source>
        <translation>Nichts davon trifft auf mich zu</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="121"/>
        <source>None of these apply to me: answer every question no</source>
        <translation>Nichts davon trifft auf mich zu: jede Frage mit Nein beantworten</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="99"/>
        <source>Add a session</source>
        <translation>Sitzung nachtragen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="99"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="111"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="113"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="129"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="137"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="138"/>
        <source>&amp;Started</source>
        <translation>&amp;Begonnen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="141"/>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="150"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="146"/>
        <source>Minutes on the mat</source>
        <translation>Minuten auf der Matte</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="147"/>
        <source>&amp;Minutes on the mat</source>
        <translation>&amp;Minuten auf der Matte</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="151"/>
        <source>open-ended</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="154"/>
        <source>Planned minutes</source>
        <translation>Geplante Minuten</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="155"/>
        <source>&amp;Planned</source>
        <translation>&amp;Geplant</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="156"/>
        <source>Ran its planned time</source>
        <translation>Geplante Zeit erreicht</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="163"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="164"/>
        <source>S&amp;tage</source>
        <translation>S&amp;tufe</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="166"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="168"/>
        <source>P&amp;osition</source>
        <translation>P&amp;osition</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="170"/>
        <source>Surface</source>
        <translation>Unterlage</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="172"/>
        <source>S&amp;urface</source>
        <translation>&amp;Unterlage</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="174"/>
        <source>What you wore</source>
        <translation>Was du getragen hast</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="176"/>
        <source>&amp;Wearing</source>
        <translation>&amp;Kleidung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="178"/>
        <source>&amp;Breathing</source>
        <translation>&amp;Atmung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="192"/>
        <source>Sleep that night (0 terrible – 10 excellent)</source>
        <translation>Schlaf in der Nacht (0 furchtbar – 10 ausgezeichnet)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="180"/>
        <source>&amp;Ambient sound</source>
        <translation>&amp;Hintergrundklang</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="183"/>
        <source>How it felt</source>
        <translation>Wie es sich anfühlte</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="187"/>
        <source>Pain before (0 no pain – 10 worst imaginable)</source>
        <translation>Schmerz vorher (0 kein Schmerz – 10 stärkster vorstellbarer Schmerz)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="188"/>
        <source>Pain after (0 no pain – 10 worst imaginable)</source>
        <translation>Schmerz nachher (0 kein Schmerz – 10 stärkster vorstellbarer Schmerz)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="189"/>
        <source>Stress before (0 no stress – 10 extreme)</source>
        <translation>Stress vorher (0 kein Stress – 10 extrem)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="190"/>
        <source>Stress after (0 no stress – 10 extreme)</source>
        <translation>Stress nachher (0 kein Stress – 10 extrem)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="191"/>
        <source>Comfort (1 too intense – 5 very comfortable)</source>
        <translation>Wohlgefühl (1 zu intensiv – 5 sehr angenehm)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="202"/>
        <source>Skin afterwards</source>
        <translation>Haut danach</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="204"/>
        <source>S&amp;kin afterwards</source>
        <translation>Haut &amp;danach</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="219"/>
        <source>No pacer</source>
        <translation>Kein Taktgeber</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="223"/>
        <source>custom</source>
        <translation>eigenes</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="224"/>
        <source>{name} (as recorded)</source>
        <translation>{name} (wie aufgezeichnet)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="226"/>
        <source>Breathing pacer</source>
        <translation>Atemtaktgeber</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="237"/>
        <source>Ambient sound</source>
        <translation>Hintergrundklang</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/record_editor.py" line="272"/>
        <source>This cannot be saved: {problem}.</source>
        <translation>Das kann nicht gespeichert werden: {problem}.</translation>
    </message>
</context>
<context>
    <name>SessionLabels</name>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="11"/>
        <source>Lying on your back</source>
        <translation>Auf dem Rücken liegend</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="12"/>
        <source>Neck on the pillow</source>
        <translation>Nacken auf dem Kissen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="13"/>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="14"/>
        <source>Sitting against it</source>
        <translation>Angelehnt sitzend</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="15"/>
        <source>Standing on it</source>
        <translation>Darauf stehend</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="16"/>
        <source>Legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="23"/>
        <source>Sofa or chair</source>
        <translation>Sofa oder Stuhl</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="24"/>
        <source>Bed or couch</source>
        <translation>Bett oder Couch</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="25"/>
        <source>Floor</source>
        <translation>Boden</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="32"/>
        <source>A cotton shirt</source>
        <translation>Ein Baumwoll-T-Shirt</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="33"/>
        <source>Bare skin</source>
        <translation>Nackte Haut</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="34"/>
        <source>Socks</source>
        <translation>Socken</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="35"/>
        <source>A towel over the mat</source>
        <translation>Ein Handtuch über der Matte</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="42"/>
        <source>Nothing unusual</source>
        <translation>Nichts Auffälliges</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="43"/>
        <source>Redness that faded</source>
        <translation>Rötung, die verging</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="44"/>
        <source>Marks that stayed</source>
        <translation>Abdrücke, die blieben</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="45"/>
        <source>Broken skin or bleeding</source>
        <translation>Verletzte Haut oder Blutung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="46"/>
        <source>Blisters</source>
        <translation>Blasen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="47"/>
        <source>Numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="48"/>
        <source>Bruises that last</source>
        <translation>Blaue Flecken, die bleiben</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/i18n/record_labels.py" line="49"/>
        <source>Feeling faint or unwell</source>
        <translation>Schwindel oder Unwohlsein</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../../mat_companion/ui/session/page.py" line="84"/>
        <source>Session</source>
        <extracomment>Saves a finished session record; returns None, or one sentence if it could not be saved.</extracomment>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/page.py" line="397"/>
        <source>End the session?</source>
        <translation>Sitzung stoppen?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/page.py" line="398"/>
        <source>End the session now? The time so far is kept in your history.</source>
        <translation>Die Sitzung jetzt stoppen? Die bisherige Zeit bleibt in deinem Verlauf.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/page.py" line="401"/>
        <source>End the session now? Your time on the mat has not begun, so nothing is kept.</source>
        <translation>Die Sitzung jetzt stoppen? Deine Zeit auf der Matte hat noch nicht begonnen, daher wird nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/page.py" line="506"/>
        <source>The session ended before your time on the mat began, so it was not saved.</source>
        <translation>Die Sitzung endete, bevor deine Zeit auf der Matte begann, und wurde daher nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/page.py" line="536"/>
        <source>This session cannot be saved: {problem}.</source>
        <translation>Diese Sitzung kann nicht gespeichert werden: {problem}.</translation>
    </message>
</context>
<context>
    <name>SessionRunView</name>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="62"/>
        <source>Get ready</source>
        <extracomment>Qt&apos;s QWIDGETSIZE_MAX: no largest size.</extracomment>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="63"/>
        <source>Settling in</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="64"/>
        <source>Relax</source>
        <translation>Entspannen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="65"/>
        <source>Coming back</source>
        <translation>Zurückkommen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="66"/>
        <location filename="../../mat_companion/ui/session/run_view.py" line="75"/>
        <source>Session complete</source>
        <translation>Sitzung geschafft</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="73"/>
        <source>Time to come off the mat</source>
        <translation>Zeit, von der Matte zu gehen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="76"/>
        <source>Session ended</source>
        <translation>Sitzung abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="156"/>
        <location filename="../../mat_companion/ui/session/run_view.py" line="283"/>
        <location filename="../../mat_companion/ui/session/run_view.py" line="416"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="157"/>
        <source>Pause or go on (Space)</source>
        <translation>Pausieren oder weitermachen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="159"/>
        <source>End the session (Esc)</source>
        <translation>Sitzung stoppen (Esc)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="171"/>
        <source>−1 min</source>
        <translation>−1 Min.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="173"/>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="176"/>
        <source>+5 min</source>
        <translation>+5 Min.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="158"/>
        <source>End</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="180"/>
        <location filename="../../mat_companion/ui/session/run_view.py" line="527"/>
        <source>Dim screen</source>
        <translation>Bildschirm dimmen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="179"/>
        <location filename="../../mat_companion/ui/session/run_view.py" line="517"/>
        <location filename="../../mat_companion/ui/session/tray.py" line="103"/>
        <source>Sound off</source>
        <translation>Klang aus</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="162"/>
        <location filename="../../mat_companion/ui/session/run_view.py" line="407"/>
        <location filename="../../mat_companion/ui/session/tray.py" line="109"/>
        <source>I&apos;m awake</source>
        <translation>Ich bin wach</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="185"/>
        <source>More controls</source>
        <translation>Weitere Bedienelemente</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="186"/>
        <source>Time, sound and the dim screen, with their keys</source>
        <translation>Zeit, Ton und gedimmter Bildschirm, mit ihren Tasten</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="339"/>
        <source>Time: {time}</source>
        <translation>Zeit: {time}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="359"/>
        <source>{ended} · {on_the_mat}</source>
        <translation>{ended} · {on_the_mat}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="370"/>
        <source>{phase} · sound off</source>
        <translation>{phase} · Klang aus</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="407"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="416"/>
        <location filename="../../mat_companion/ui/session/run_view.py" line="571"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="368"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="442"/>
        <source>A session ends after {minutes} minutes on the mat, however much time is added. Extend this one to the full {minutes} minutes?</source>
        <translation>Eine Sitzung endet nach {minutes} Minuten auf der Matte, wie viel Zeit auch dazukommt. Diese auf die vollen {minutes} Minuten verlängern?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="446"/>
        <source>An hour at most</source>
        <translation>Höchstens eine Stunde</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="448"/>
        <source>{minutes} minutes is the longest session suggested for your stage. Add time beyond it?</source>
        <translation>{minutes} Minuten ist die längste Sitzung, die für deine Stufe vorgeschlagen wird. Trotzdem Zeit dazugeben?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="451"/>
        <source>Longer than your stage suggests?</source>
        <translation>Länger, als für deine Stufe vorgeschlagen?</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="517"/>
        <location filename="../../mat_companion/ui/session/tray.py" line="104"/>
        <source>Sound on</source>
        <translation>Klang an</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/run_view.py" line="527"/>
        <source>Normal screen</source>
        <translation>Normaler Bildschirm</translation>
    </message>
</context>
<context>
    <name>SessionSetupView</name>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="127"/>
        <source>Session</source>
        <extracomment>The setup&apos;s widest, in widths of &quot;m&quot;: a 960 px window&apos;s page, about 100 characters of text.</extracomment>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="197"/>
        <source>&lt;b&gt;Breathing:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Atmung:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="200"/>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="209"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="202"/>
        <source>Change the breathing</source>
        <translation>Atmung ändern</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="206"/>
        <source>&lt;b&gt;Sound:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Klang:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="249"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="251"/>
        <source>&amp;Stage</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="173"/>
        <source>&amp;Use this</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="174"/>
        <source>Not &amp;now</source>
        <translation>&amp;Jetzt nicht</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="181"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="183"/>
        <source>Not y&amp;et</source>
        <translation>&amp;Noch nicht</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="257"/>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="299"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="258"/>
        <source>Session length in minutes</source>
        <translation>Sitzungsdauer in Minuten</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="259"/>
        <source>&amp;Open-ended (count up)</source>
        <translation>&amp;Offen (zählt aufwärts)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="263"/>
        <source>&amp;Length</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="272"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="274"/>
        <source>&amp;Position</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="276"/>
        <source>Surface</source>
        <translation>Unterlage</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="278"/>
        <source>S&amp;urface</source>
        <translation>&amp;Unterlage</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="280"/>
        <source>What you wear</source>
        <translation>Was du trägst</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="282"/>
        <source>&amp;Wearing</source>
        <translation>&amp;Kleidung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="297"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="298"/>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="300"/>
        <source>Interval bell</source>
        <translation>Intervallglocke</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="301"/>
        <source>&amp;Interval bell</source>
        <translation>&amp;Intervallglocke</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="305"/>
        <source>Breathing pacer</source>
        <translation>Atemtaktgeber</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="306"/>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="512"/>
        <source>No pacer</source>
        <translation>Kein Taktgeber</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="309"/>
        <source>&amp;Breathing</source>
        <translation>&amp;Atmung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="332"/>
        <source>Start (Enter or Space)</source>
        <translation>Starten (Eingabe oder Leertaste)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="333"/>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="413"/>
        <source>Change se&amp;tup…</source>
        <translation>Sitzung an&amp;passen…</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="336"/>
        <source>Change setup</source>
        <translation>Sitzung anpassen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="413"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="211"/>
        <source>Choose the ambient sound</source>
        <translation>Hintergrundklang wählen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="314"/>
        <source>How do you feel now? (optional)</source>
        <translation>Wie fühlst du dich jetzt? (optional)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="318"/>
        <source>Pain before (0 no pain – 10 worst imaginable)</source>
        <translation>Schmerz vorher (0 kein Schmerz – 10 stärkster vorstellbarer Schmerz)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="320"/>
        <source>Stress before (0 no stress – 10 extreme)</source>
        <translation>Stress vorher (0 kein Stress – 10 extrem)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="321"/>
        <source>Pain (0 no pain – 10 worst imaginable)</source>
        <translation>Schmerz (0 kein Schmerz – 10 stärkster vorstellbarer Schmerz)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="322"/>
        <source>Stress (0 no stress – 10 extreme)</source>
        <translation>Stress (0 kein Stress – 10 extrem)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="237"/>
        <source>&amp;Repeat last session</source>
        <translation>Letzte Sitzung &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="239"/>
        <source>Start the same session as last time (R)</source>
        <translation>Dieselbe Sitzung wie beim letzten Mal beginnen (R)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="328"/>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="331"/>
        <source>Start session</source>
        <translation>Sitzung beginnen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="430"/>
        <source>&lt;b&gt;Mat:&lt;/b&gt; {mat}&lt;br&gt;&lt;b&gt;Wear:&lt;/b&gt; {wear}&lt;br&gt;&lt;b&gt;Pillow:&lt;/b&gt; {pillow}&lt;br&gt;&lt;i&gt;{guidance}&lt;/i&gt;</source>
        <translation>&lt;b&gt;Matte:&lt;/b&gt; {mat}&lt;br&gt;&lt;b&gt;Kleidung:&lt;/b&gt; {wear}&lt;br&gt;&lt;b&gt;Kissen:&lt;/b&gt; {pillow}&lt;br&gt;&lt;i&gt;{guidance}&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="439"/>
        <source>Today: {stage}, open-ended</source>
        <translation>Heute: {stage}, offen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="441"/>
        <source>Today: {stage}, {minutes} min</source>
        <translation>Heute: {stage}, {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="451"/>
        <source>Suggested for this stage: {low}-{high} min</source>
        <translation>Vorschlag für diese Stufe: {low}–{high} Min.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="508"/>
        <source>{pattern}, {bpm} breaths a minute</source>
        <translation>{pattern}, {bpm} Atemzüge pro Minute</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="530"/>
        <source>Your suggestion appears after your first session.</source>
        <translation>Dein Vorschlag erscheint nach deiner ersten Sitzung.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="568"/>
        <source>Take your time: rest from the mat until then.</source>
        <translation>Lass dir Zeit: Mach bis dahin eine Pause von der Matte.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/setup_view.py" line="594"/>
        <source>Ambient sound: {mix}</source>
        <translation>Hintergrundklang: {mix}</translation>
    </message>
</context>
<context>
    <name>SessionTray</name>
    <message>
        <location filename="../../mat_companion/ui/session/tray.py" line="37"/>
        <location filename="../../mat_companion/ui/session/tray.py" line="58"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/tray.py" line="42"/>
        <source>{minutes} min on the mat</source>
        <translation>{minutes} Min. auf der Matte</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/tray.py" line="46"/>
        <source>{minutes} min left</source>
        <translation>noch {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/tray.py" line="56"/>
        <source>ended</source>
        <translation>vorbei</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/tray.py" line="60"/>
        <source>getting ready</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/tray.py" line="63"/>
        <source>{time} on the mat</source>
        <translation>{time} auf der Matte</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/tray.py" line="66"/>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/tray.py" line="98"/>
        <location filename="../../mat_companion/ui/session/tray.py" line="165"/>
        <source>Show window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/tray.py" line="99"/>
        <location filename="../../mat_companion/ui/session/tray.py" line="179"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/tray.py" line="100"/>
        <source>End session…</source>
        <translation>Sitzung stoppen…</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/tray.py" line="107"/>
        <source>Start a session</source>
        <translation>Eine Sitzung beginnen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/tray.py" line="113"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/tray.py" line="165"/>
        <source>Hide window</source>
        <translation>Fenster ausblenden</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/tray.py" line="179"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="111"/>
        <source>&amp;Reduced motion: words and a progress bar instead of the growing shape</source>
        <translation>&amp;Weniger Bewegung: Wörter und ein Fortschrittsbalken statt der wachsenden Form</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="71"/>
        <source>Review the &amp;safety questions and starting point…</source>
        <translation>&amp;Sicherheitsfragen und Startpunkt ansehen…</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="82"/>
        <source>History and data</source>
        <translation>Verlauf und Daten</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="83"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="84"/>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="89"/>
        <location filename="../../mat_companion/ui/settings/page.py" line="91"/>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="101"/>
        <source>Ambient sound is chosen on the Session page, on its Sound line.</source>
        <translation>Der Hintergrundklang wird auf der Seite Sitzung gewählt, in ihrer Zeile Klang.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="123"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="125"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="126"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="127"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="134"/>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="153"/>
        <source>Safety answers</source>
        <translation>Antworten zur Sicherheit</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="157"/>
        <source>Safety answers: a tick means yes; Space changes one</source>
        <translation>Antworten zur Sicherheit: Ein Häkchen bedeutet Ja; die Leertaste ändert eine Antwort</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="181"/>
        <source>Not answered yet: use the review button above.</source>
        <translation>Noch nicht beantwortet: Nutze die Schaltfläche zum Durchsehen oben.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="185"/>
        <source>Answered on {day}. A tick means yes; a yes shows its advice when you point at it.</source>
        <translation>Beantwortet am {day}. Ein Häkchen bedeutet Ja; zeigst du auf ein Ja, siehst du seinen Hinweis.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="217"/>
        <source>{day} is a rest day</source>
        <translation>{day} ist ein Ruhetag</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="224"/>
        <source>Rest days</source>
        <translation>Ruhetage</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="228"/>
        <source>Planned rest weeks</source>
        <translation>Geplante Ruhewochen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="232"/>
        <source>A day in the rest week to add</source>
        <translation>Ein Tag der hinzuzufügenden Ruhewoche</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="233"/>
        <source>Add &amp;week</source>
        <translation>Woche &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="234"/>
        <source>Add the week of this day as a rest week</source>
        <translation>Die Woche dieses Tages als Ruhewoche hinzufügen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="236"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="237"/>
        <source>Remove the selected rest week</source>
        <translation>Die ausgewählte Ruhewoche entfernen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="243"/>
        <source>Rest weeks</source>
        <translation>Ruhewochen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="246"/>
        <source>Show &amp;streaks (days in a row)</source>
        <translation>Serien an&amp;zeigen (Tage am Stück)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="251"/>
        <source>Rest days and rest weeks never break a streak.</source>
        <translation>Ruhetage und Ruhewochen unterbrechen eine Serie nie.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="256"/>
        <source>Remind me &amp;daily at</source>
        <translation>&amp;Täglich erinnern um</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="261"/>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="270"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="273"/>
        <source>Shown while Mat Companion or its tray icon is running; not on days you have already practised.</source>
        <translation>Erscheint, solange Mat Companion oder sein Symbol im Infobereich läuft; nicht an Tagen, an denen du schon geübt hast.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/page.py" line="309"/>
        <source>Week of {day}</source>
        <translation>Woche ab {day}</translation>
    </message>
</context>
<context>
    <name>SoundMixerDialog</name>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="85"/>
        <source>Your file</source>
        <extracomment>Tiles side by side: three fit the dialog at its narrowest with a German name on each. A tile&apos;s name has room for this many average characters of its title type.</extracomment>
        <translation>Deine Datei</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="87"/>
        <source>Made by the app</source>
        <translation>Von der App erzeugt</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="93"/>
        <source>{layer} volume</source>
        <translation>Lautstärke: {layer}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="101"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="114"/>
        <source>Remove {layer}</source>
        <translation>{layer} entfernen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="126"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="141"/>
        <source>Sound</source>
        <translation>Klang</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="152"/>
        <source>Sound is optional. Everything here is generated by the app, apart from files you add yourself. Keep steady sound low, about as loud as a quiet room: the WHO advises keeping steady noise that low for sleep.</source>
        <translation>Klang ist optional. Alles hier erzeugt die App selbst, bis auf Dateien, die du hinzufügst. Halte gleichmäßige Klänge leise, etwa so laut wie ein ruhiger Raum: So leise rät die WHO gleichmäßige Geräusche für den Schlaf zu halten.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="182"/>
        <source>Saved mix</source>
        <translation>Gespeicherte Mischung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="183"/>
        <source>&amp;Mix</source>
        <translation>&amp;Mischung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="185"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="186"/>
        <source>Save this mix as</source>
        <translation>Diese Mischung speichern als</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="187"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="188"/>
        <source>Delete this saved mix</source>
        <translation>Diese gespeicherte Mischung löschen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="197"/>
        <source>Sounds</source>
        <translation>Klänge</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="203"/>
        <source>&amp;Add your own sound file…</source>
        <translation>Eigene &amp;Klangdatei hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="209"/>
        <location filename="../../mat_companion/ui/session/mixer.py" line="390"/>
        <source>&amp;Preview</source>
        <translation>&amp;Probehören</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="212"/>
        <source>Play the mix while this is open</source>
        <translation>Die Mischung abspielen, solange dieses Fenster offen ist</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="213"/>
        <source>There is no audio output, so nothing can be played.</source>
        <translation>Es gibt keine Audioausgabe, daher kann nichts abgespielt werden.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="225"/>
        <source>Overall volume</source>
        <translation>Gesamtlautstärke</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="226"/>
        <source>&amp;Overall volume</source>
        <translation>&amp;Gesamtlautstärke</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="229"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="231"/>
        <source>Fade out over the session&apos;s last seconds</source>
        <translation>Ausblenden über die letzten Sekunden der Sitzung</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="232"/>
        <source>&amp;Fade out over the last</source>
        <translation>&amp;Ausblenden über die letzten</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="390"/>
        <source>Sto&amp;p the preview</source>
        <translation>Probehören &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="306"/>
        <source>Add a sound file</source>
        <translation>Klangdatei hinzufügen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="308"/>
        <source>Sound files (*.wav *.ogg *.oga *.mp3 *.flac)</source>
        <translation>Klangdateien (*.wav *.ogg *.oga *.mp3 *.flac)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="341"/>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="357"/>
        <source>Save mix</source>
        <translation>Mischung speichern</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/session/mixer.py" line="357"/>
        <source>Name of the mix:</source>
        <translation>Name der Mischung:</translation>
    </message>
</context>
<context>
    <name>SoundPage</name>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="216"/>
        <source>Sound</source>
        <translation>Klang</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="218"/>
        <source>Breath tones: one high note in, two low notes out</source>
        <translation>Atemtöne: ein hoher Ton beim Einatmen, zwei tiefe beim Ausatmen</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="220"/>
        <source>A soft tick on breath holds</source>
        <translation>Ein leises Ticken beim Atemanhalten</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="225"/>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="226"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/settings/first_run.py" line="216"/>
        <source>Keep sound quiet, especially if you may fall asleep.</source>
        <translation>Halte den Klang leise, besonders wenn du einschlafen könntest.</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <location filename="../../mat_companion/ui/breathing/cues.py" line="55"/>
        <source>Spoken cues are off: Qt&apos;s speech plug-in needs the speech-dispatcher library. On Debian or Ubuntu, install libspeechd2, with speech-dispatcher and espeak-ng for a voice.</source>
        <translation>Gesprochene Hinweise sind aus: Das Sprach-Plug-in von Qt braucht die Bibliothek von speech-dispatcher. Unter Debian oder Ubuntu installierst du dafür libspeechd2, dazu speech-dispatcher und espeak-ng für eine Stimme.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/cues.py" line="62"/>
        <source>Spoken cues are off: no voice is installed (on Debian or Ubuntu: speech-dispatcher, espeak-ng and speech-dispatcher-espeak-ng).</source>
        <translation>Gesprochene Hinweise sind aus: Es ist keine Stimme installiert (unter Debian oder Ubuntu: speech-dispatcher, espeak-ng und speech-dispatcher-espeak-ng).</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/breathing/cues.py" line="67"/>
        <source>Spoken cues are off: no speech engine works on this computer.</source>
        <translation>Gesprochene Hinweise sind aus: Auf diesem Computer funktioniert keine Sprachausgabe.</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="122"/>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="123"/>
        <source>Streaks are off. Turn them on in Settings if you like.</source>
        <translation>Serien sind aus. Schalte sie in den Einstellungen ein, wenn du magst.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="125"/>
        <source>In all</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="126"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="129"/>
        <source>Per stage</source>
        <translation>Pro Stufe</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="135"/>
        <source>{sessions}, {minutes} on the mat</source>
        <translation>{sessions}, {minutes} auf der Matte</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="140"/>
        <source>{sessions}, {minutes}</source>
        <translation>{sessions}, {minutes}</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="151"/>
        <source>{current} now; longest {longest} (rest days do not break it)</source>
        <translation>{current} jetzt; längste {longest} (Ruhetage unterbrechen sie nicht)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="161"/>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="55"/>
        <source>pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="56"/>
        <source>stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="63"/>
        <source>No sessions in the last {days} days have {measure} rated both before and after.</source>
        <translation>In den letzten {days} Tagen hat keine Sitzung {measure} vorher und nachher bewertet.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="69"/>
        <source>about the same after a session as before</source>
        <translation>nach einer Sitzung etwa gleich wie vorher</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="71"/>
        <source>{points} points lower after a session than before</source>
        <translation>nach einer Sitzung {points} Punkte niedriger als vorher</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="75"/>
        <source>{points} points higher after a session than before</source>
        <translation>nach einer Sitzung {points} Punkte höher als vorher</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="78"/>
        <source>Over the last {days} days, your {measure} was on average {how} ({sessions}).</source>
        <translation>In den letzten {days} Tagen war dein {measure} im Schnitt {how} ({sessions}).</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="95"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="200"/>
        <source>These are your own ratings, to help you notice what suits you. They are not a medical measurement.</source>
        <translation>Das sind deine eigenen Bewertungen, damit du merkst, was dir guttut. Sie sind keine medizinische Messung.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="222"/>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="223"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="223"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="224"/>
        <source>Pain before and after, weekly averages</source>
        <translation>Schmerz vorher und nachher, Wochendurchschnitte</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="225"/>
        <source>Stress before and after, weekly averages</source>
        <translation>Stress vorher und nachher, Wochendurchschnitte</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="228"/>
        <source>{measure} (0–10)</source>
        <translation>{measure} (0–10)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="229"/>
        <source>week (under each point: how many sessions it averages)</source>
        <translation>Woche (unter jedem Punkt: aus wie vielen Sitzungen er gemittelt ist)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="231"/>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="231"/>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="232"/>
        <source>Comfort by stage</source>
        <translation>Wohlgefühl nach Stufe</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="233"/>
        <source>comfort (1–5)</source>
        <translation>Wohlgefühl (1–5)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="233"/>
        <source>stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="234"/>
        <source>Practice days</source>
        <translation>Übungstage</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="259"/>
        <source>Last {weeks} weeks: {total} in all; the most, {most}, in the week of {day}.</source>
        <translation>Letzte {weeks} Wochen: insgesamt {total}; am meisten, {most}, in der Woche ab {day}.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="267"/>
        <source>No practice in the last {weeks} weeks.</source>
        <translation>Keine Übung in den letzten {weeks} Wochen.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="283"/>
        <source>{stage}: {average} of 5 ({count} rated)</source>
        <translation>{stage}: {average} von 5 ({count} bewertet)</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="288"/>
        <source>No session has a comfort rating yet.</source>
        <translation>Noch keine Sitzung hat eine Bewertung des Wohlgefühls.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="295"/>
        <source>You practised on {count} of the last {total} days.</source>
        <translation>Du hast an {count} der letzten {total} Tage geübt.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="304"/>
        <source>No sessions in the last {weeks} weeks have {measure} rated before and after: rate it under “How do you feel now?” in Change setup… before a session, and on the card after it.</source>
        <translation>In den letzten {weeks} Wochen hat keine Sitzung {measure} vorher und nachher bewertet: bewerte es unter „Wie fühlst du dich jetzt?“ in „Sitzung anpassen…“ vor einer Sitzung und auf der Karte danach.</translation>
    </message>
    <message>
        <location filename="../../mat_companion/ui/history/trends.py" line="311"/>
        <source>{sessions}: on average {before} before and {after} after (dashed: before).</source>
        <translation>{sessions}: im Schnitt {before} vorher und {after} nachher (gestrichelt: vorher).</translation>
    </message>
</context>
<context>
    <name>UserFileDecoder</name>
    <message>
        <location filename="../../mat_companion/audio/decoding.py" line="101"/>
        <source>it holds no sound that could be played</source>
        <extracomment>The most of a file that is kept (at 48 kHz mono float: about 115 MB). The loop&apos;s end is blended into its start over this long: no click where it wraps.</extracomment>
        <translation>sie enthält keinen abspielbaren Klang</translation>
    </message>
    <message>
        <location filename="../../mat_companion/audio/decoding.py" line="111"/>
        <source>it could not be decoded</source>
        <translation>sie ließ sich nicht dekodieren</translation>
    </message>
</context>
</TS>
