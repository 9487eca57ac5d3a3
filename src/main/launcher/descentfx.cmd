@echo off
rem DescentFX: the window (no arguments) or the command line (descentfx train ...), started with the
rem class-data archive descentfx.jsa beside the jar when there is one (see the README, Start-up).
rem A missing archive, or one made by another Java or another copy of the jar, is not used (-Xshare:auto).
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
set "CDS="
if exist "%HERE%descentfx.jsa" set CDS="-XX:SharedArchiveFile=%HERE%descentfx.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
rem for the window (no arguments) the heap and class metadata sizes: see the shell launcher beside this one
set "WINDOW="
if "%~1"=="" set "WINDOW=-Xms256m -XX:MetaspaceSize=96m"
"%JAVA%" %CDS% %WINDOW% %DESCENTFX_JAVA_OPTS% -jar "%HERE%descentfx.jar" %*
exit /b %ERRORLEVEL%
