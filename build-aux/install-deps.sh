#!/usr/bin/env bash
# Installs, on Debian 12, whatever Kansio needs to build, run and test that
# is missing. Idempotent and quick when everything is there. Uses sudo when
# not run as root.
set -euo pipefail

packages=(
  build-essential meson ninja-build pkg-config gettext clang-format
  desktop-file-utils appstream libglib2.0-dev-bin libglib2.0-bin
  libgtk-4-dev libadwaita-1-dev libgtksourceview-5-dev libpoppler-glib-dev
  libsecret-1-dev libpq-dev libjson-glib-dev libsodium-dev postgresql-15 postgresql-client-15
  xvfb xauth dbus-x11 at-spi2-core gnome-keyring python3 python3-pyatspi
  imagemagick xdotool poppler-utils fonts-dejavu-core libxml2-utils
)
# Without their recommends: the portal packages slow every GTK start.
lean_packages=(flatpak flatpak-builder)

missing() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || echo "$pkg"
  done
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

mapfile -t need < <(missing "${packages[@]}")
mapfile -t need_lean < <(missing "${lean_packages[@]}")

if [ ${#need[@]} -eq 0 ] && [ ${#need_lean[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${need[*]} ${need_lean[*]}"
export DEBIAN_FRONTEND=noninteractive
as_root apt-get update -qq
if [ ${#need[@]} -gt 0 ]; then
  as_root apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ ${#need_lean[@]} -gt 0 ]; then
  as_root apt-get install -y -qq --no-install-recommends "${need_lean[@]}" >/dev/null
fi
