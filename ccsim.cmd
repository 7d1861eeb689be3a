@echo off
rem Runs the ccsim command line on Windows, as ./ccsim does elsewhere: builds cli\target\ccsim.jar
rem with the Maven wrapper when it is missing (delete it to rebuild after changing the sources).
setlocal
set "ROOT=%~dp0"
set "JAR=%ROOT%cli\target\ccsim.jar"
if not exist "%JAR%" (
  echo ccsim: building cli\target\ccsim.jar with mvnw.cmd ^(first run^)... 1>&2
  call "%ROOT%mvnw.cmd" -B -q -f "%ROOT%pom.xml" -pl cli -am -DskipTests package 1>&2
  if errorlevel 1 exit /b 1
)
java %CCSIM_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
