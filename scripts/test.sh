# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
## The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
!# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
u# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
b# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
b# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi

# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
## The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
S# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
u# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
u# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
y# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
.# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
E# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
x# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
g# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
u# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
m# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
g# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
y# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
(# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
.# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
g# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
.# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
-# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
m# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
"# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
w# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
"# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
k# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
w# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
,# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi

# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
## The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
-# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
m# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
"# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
"# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
y# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
g# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
-# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
w# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
b# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
,# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
g# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
-# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
m# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
P# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
g# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
S# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
Q# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
L# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
)# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
.# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi

# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
## The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
T# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
m# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
q# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
u# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
m# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
.# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
k# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
(# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
u# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
.# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
)# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
,# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
L# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
L# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
M# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
'# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
C# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
P# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
U# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
b# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
u# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
u# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi

# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
## The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
(# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
S# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
K# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
I# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
P# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
_# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
V# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
L# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
L# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
M# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
_# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
I# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
N# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
S# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
T# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
A# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
L# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
L# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
=# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
1# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
u# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
;# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
k# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
m# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
)# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
.# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
B# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
f# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi

# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
## The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
u# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
m# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
k# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
'# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
C# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
P# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
U# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
'# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
u# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
(# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
_# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
.# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
y# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
)# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
.# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi

# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
-# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
u# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
f# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi

# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
"# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
$# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
(# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
m# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
"# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
$# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
0# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
"# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
)# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
.# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
.# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
"# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi

# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
## The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
T# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
(# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
_# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
.# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
y# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
)# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
w# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
u# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
f# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
D# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
b# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
'# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
P# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
g# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
S# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
Q# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
L# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
:# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
w# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi

# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
## The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
m# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
g# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
w# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
m# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
y# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
(# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
w# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
)# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
;# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
w# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
P# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
g# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
S# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
Q# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
L# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
k# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
y# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
w# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
y# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
.# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi

# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
f# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
!# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
u# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
b# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
g# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
q# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
*# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
b# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
b# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
># The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
u# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
2# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
># The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
&# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
1# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
&# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
&# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
!# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
m# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
m# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
-# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
b# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
># The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
u# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
;# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi

# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
f# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
[# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
"# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
$# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
(# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
-# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
u# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
)# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
"# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
=# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
0# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
]# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
&# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
&# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
m# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
m# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
-# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
-# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
g# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
># The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
u# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
;# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi

# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
-# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
g# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
u# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
&# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
&# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
D# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
E# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
B# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
I# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
A# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
N# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
_# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
F# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
R# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
O# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
N# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
T# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
E# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
N# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
D# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
=# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
-# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
g# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
-# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
y# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
-# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
-# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
-# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
-# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
m# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
m# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
g# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
q# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi

# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi

# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
"# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
P# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
g# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
S# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
Q# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
L# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
b# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
a# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
d# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
(# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
)# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
:# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
w# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
l# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
k# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
"# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
># The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
&# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
2# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi

# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
f# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi

# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
f# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi

# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
u# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
.# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi

# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
.# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
b# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
y# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
c# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
r# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
_# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
.# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
y# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi

# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
.# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
v# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
b# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
i# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
/# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
y# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
h# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
o# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
n# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
-# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
m# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
p# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
y# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
e# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
s# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
t# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
 # The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
"# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
$# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
@# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
"# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi

# The services tier (tests/assets/test_services.py) starts its own cluster of Debian's PostgreSQL and drives the UI
# with Debian's chromium (browsers cannot be downloaded here): install them where they are missing and we may
# (root with apt); elsewhere those tests skip and say why.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "not installed and cannot be installed here (not root): ${missing[*]}; the tests that need them skip" >&2
  fi
fi
