#!/usr/bin/env bash
# Installs what building and testing Stockroom needs on Debian/Ubuntu (apt, with sudo when not
# root). Safe to run again: it only installs what is missing.
#   scripts/prereqs.sh          packages to build and run the app
#   scripts/prereqs.sh --test   also what the tests need (Xvfb, WebDriver, PDF and print tools)
set -euo pipefail

app_pkgs=(libwebkit2gtk-4.1-dev build-essential pkg-config file libssl-dev)
test_pkgs=(xvfb xauth webkit2gtk-driver poppler-utils cups printer-driver-cups-pdf zbar-tools imagemagick python3-aiosmtpd openssl postgresql)

pkgs=("${app_pkgs[@]}")
[[ "${1:-}" == "--test" ]] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  echo "Installing: ${missing[*]}"
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}"
fi

if ! command -v cargo >/dev/null; then
  echo "Rust is not installed: see https://rustup.rs, then run this again." >&2
  exit 1
fi

if [[ "${1:-}" == "--test" ]] && ! command -v tauri-driver >/dev/null && [[ ! -x "$HOME/.cargo/bin/tauri-driver" ]]; then
  cargo install tauri-driver --version '^2' --locked
fi
