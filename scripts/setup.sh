#!/usr/bin/env bash
# One idempotent set-up step shared by `npm start` and `npm test`: installs the
# Debian packages and system accounts gvir needs, the npm dependencies, and builds.
# When everything is in place it only checks, which takes a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

debs=(
  gir1.2-libvirt-glib-1.0 libvirt-glib-1.0-dev libgirepository1.0-dev libcairo2-dev pkg-config
  libglib2.0-dev libvirt-clients libvirt-daemon libvirt-daemon-driver-qemu qemu-system-x86
  gjs python3-libvirt python3-lxml xvfb xauth gir1.2-gtk-4.0 gir1.2-harfbuzz-0.0 libharfbuzz-gobject0 libxml2-utils patch
  dnsmasq-base iptables iproute2 util-linux procps qemu-utils
)
missing=()
for p in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: these packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# A root libvirtd with the QEMU driver refuses to start without these accounts.
if [ "$(id -u)" -eq 0 ]; then
  getent group kvm >/dev/null || groupadd --system kvm
  getent group libvirt-qemu >/dev/null || groupadd --system libvirt-qemu
  getent passwd libvirt-qemu >/dev/null || useradd --system -g libvirt-qemu -G kvm -d /var/lib/libvirt -s /usr/sbin/nologin libvirt-qemu
fi

# npm ci only when the lock file changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi

# gvir's fixes to node-gtk 4.1.1 (patches/node-gtk: leaks and per-callback cost); once.
# (npm ci runs it too, as gvir's postinstall; here for a node_modules installed otherwise.)
node scripts/patch-node-gtk.mjs

# libvirt's XML test documents and schemas the specs read: ../shared beside the project's
# checkout, else Debian's libvirt 11.3.0 source package, downloaded once and cached.
node scripts/corpus.mjs >/dev/null

npm run --silent build
