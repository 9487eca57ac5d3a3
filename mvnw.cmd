@REM Maven wrapper for DescentFX (Windows).
@REM No file in this repository names a package registry's host, so this wrapper carries no
@REM download URL. It runs an installed Maven 3.8+ (%MAVEN_HOME%\bin\mvn.cmd, else mvn on
@REM PATH); else downloads Maven %MVNW_MAVEN_VERSION% once from the repository named in
@REM MVNW_REPOURL; else stops with a message on how to get Maven.
@echo off
setlocal
set MVNW_MAVEN_VERSION=3.9.9
set "BASEDIR=%~dp0"

if defined MAVEN_HOME if exist "%MAVEN_HOME%\bin\mvn.cmd" (
  set "MVN=%MAVEN_HOME%\bin\mvn.cmd"
  goto run
)
where mvn >nul 2>nul
if %ERRORLEVEL%==0 (
  set "MVN=mvn"
  goto run
)
set "WRAPPER_HOME=%USERPROFILE%\.m2\wrapper\dists\apache-maven-%MVNW_MAVEN_VERSION%"
if exist "%WRAPPER_HOME%\bin\mvn.cmd" (
  set "MVN=%WRAPPER_HOME%\bin\mvn.cmd"
  goto run
)
if not defined MVNW_REPOURL (
  echo mvnw: no Maven 3.8+ found ^(checked %%MAVEN_HOME%% and PATH^). 1>&2
  echo mvnw: install Maven 3.8 or newer, or set MVNW_REPOURL to a Maven repository's base URL 1>&2
  echo mvnw: to download Maven %MVNW_MAVEN_VERSION% once. 1>&2
  exit /b 1
)
set "URL=%MVNW_REPOURL%/org/apache/maven/apache-maven/%MVNW_MAVEN_VERSION%/apache-maven-%MVNW_MAVEN_VERSION%-bin.zip"
echo mvnw: downloading Maven %MVNW_MAVEN_VERSION% from %URL% 1>&2
powershell -NoProfile -Command "$ErrorActionPreference='Stop'; $z=Join-Path $env:TEMP 'mvnw-maven.zip'; Invoke-WebRequest -UseBasicParsing '%URL%' -OutFile $z; $d=Join-Path $env:USERPROFILE '.m2\wrapper\dists'; New-Item -ItemType Directory -Force $d | Out-Null; Expand-Archive -Force $z $d" || exit /b 1
set "MVN=%WRAPPER_HOME%\bin\mvn.cmd"

:run
cd /d "%BASEDIR%"
"%MVN%" %*
