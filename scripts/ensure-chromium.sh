#!/usr/bin/env bash
# The browser (e2e) tests drive Debian's chromium with CJK fonts. Install it when we can (root),
# otherwise say exactly what to run.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "chromium 未安装，正在安装 chromium fonts-noto-cjk …" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y chromium fonts-noto-cjk
  exit 0
fi

cat >&2 <<'MSG'
错误：未找到 /usr/bin/chromium（浏览器测试需要它）。请先安装：
  sudo apt-get install -y chromium fonts-noto-cjk
Error: /usr/bin/chromium not found (needed by the browser tests). Install it with:
  sudo apt-get install -y chromium fonts-noto-cjk
MSG
exit 1
