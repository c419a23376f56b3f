#!/usr/bin/env bash
# Sets up a fresh Debian machine for duibi: system packages (CJK fonts, Chromium,
# Jupyter), pnpm, the workspace's dependencies, the build, and the tslab kernel.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

apt_packages=(fonts-noto-cjk chromium jupyter-nbconvert python3-nbclient python3-ipykernel jupyter-client)
missing=()
for p in "${apt_packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
    echo "setup: please install these Debian packages first: ${missing[*]}" >&2
    exit 1
  fi
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd=sudo
  echo "setup: installing ${missing[*]}" >&2
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! (command -v pnpm >/dev/null 2>&1 && pnpm --version | grep -q '^10\.'); then
  echo "setup: installing pnpm 10" >&2
  npm install -g pnpm@10 >/dev/null
fi

pnpm install --frozen-lockfile
pnpm build
# Register the TypeScript kernel for the notebooks in examples/notebooks.
PATH="$PWD/node_modules/.bin:$PATH" tslab install --python=/usr/bin/python3 >/dev/null
