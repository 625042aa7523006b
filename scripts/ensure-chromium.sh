#!/usr/bin/env bash
# The browser (e2e) tests drive Debian's chromium with CJK fonts. Install it when we can (root),
# otherwise say exactly what to run.
set -euo pipefail

has_cjk_font() {
  ls /usr/share/fonts/opentype/noto/NotoSansCJK-*.ttc >/dev/null 2>&1
}

if [ -x /usr/bin/chromium ] && has_cjk_font; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "chromium 或中文字体未安装，正在安装 chromium fonts-noto-cjk …" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y chromium fonts-noto-cjk
  exit 0
fi

cat >&2 <<'MSG'
错误：未找到 /usr/bin/chromium 或中文字体（浏览器测试需要它们）。请先安装：
  sudo apt-get install -y chromium fonts-noto-cjk
Error: /usr/bin/chromium or the CJK fonts are missing (needed by the browser tests). Install them with:
  sudo apt-get install -y chromium fonts-noto-cjk
MSG
exit 1
