#!/usr/bin/env bash
# Builds the report (default Cake target "Report") or runs another target:
#   ./build.sh                  build the report
#   ./build.sh --target Test    run the tests
# Needs only the .NET SDK; Debian packages the report relies on are installed
# when missing (set REPORTGEN_SKIP_APT=1 to skip that step).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

APT_PACKAGES=(
  fonts-morisawa-bizud-gothic
  fonts-morisawa-bizud-mincho
  fonts-noto-cjk
  poppler-utils
  qpdf
  chromium
)

# Prints each package of "$@" that dpkg does not report as installed.
missing_packages() {
  local pkg status
  for pkg in "$@"; do
    status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
    if [[ "$status" != "install ok installed" ]]; then
      printf '%s\n' "$pkg"
    fi
  done
}

install_apt_packages() {
  if [[ "${REPORTGEN_SKIP_APT:-0}" == "1" ]]; then
    return 0
  fi
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "build.sh: no apt/dpkg on this machine; skipping system packages (${APT_PACKAGES[*]})" >&2
    return 0
  fi

  local wanted=("${APT_PACKAGES[@]}")
  # npx runs the workflow validator; Debian's Node.js is enough when the machine has none of its own.
  if ! command -v npx >/dev/null 2>&1; then
    wanted+=(nodejs npm)
  fi

  local missing
  mapfile -t missing < <(missing_packages "${wanted[@]}")
  if [[ ${#missing[@]} -eq 0 ]]; then
    return 0
  fi

  local sudo=()
  if [[ "$(id -u)" -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      echo "build.sh: missing packages (${missing[*]}) and not root, no sudo; install them or set REPORTGEN_SKIP_APT=1" >&2
      return 1
    fi
  fi

  echo "build.sh: installing Debian packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
}

main() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "build.sh: the .NET 10 SDK ('dotnet') is not on PATH" >&2
    return 1
  fi

  install_apt_packages
  dotnet tool restore
  dotnet tool run dotnet-cake -- "$@"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  main "$@"
fi
