#!/usr/bin/env bash
# Builds the report (default Cake target "Report") or runs another target:
#   ./build.sh                  build the report
#   ./build.sh --target Test    run the tests
# Needs only the .NET SDK on Debian 12 or 13; the Debian packages the report relies on are installed when missing
# by .devcontainer/setup-debian.sh, the same script the workflows and the dev container use (set REPORTGEN_SKIP_APT=1
# to skip that step). On any other system it stops before installing anything and names what to install.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

main() {
  # First the system, so that an unsupported one learns everything it lacks before anything is installed.
  .devcontainer/setup-debian.sh

  if ! command -v dotnet >/dev/null 2>&1; then
    echo "build.sh: the .NET 10 SDK ('dotnet') is not on PATH; install the version in global.json, e.g. with" >&2
    echo "  .devcontainer/setup-debian.sh --sdk   (as root)" >&2
    return 1
  fi

  dotnet tool restore
  dotnet tool run dotnet-cake -- "$@"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  main "$@"
fi
