#!/usr/bin/env bash
# Builds what is missing and starts Clus3 on http://localhost:8080 (Ctrl-C stops it).
#   ./run.sh            start (H2 database and all data under ./data, or $CLUS3_DATA_DIR)
#   ./run.sh --demo     start and fill an empty database with the demo data set
#   ./run.sh --rebuild  rebuild the application before starting
# Settings come from the environment: CLUS3_DATA_DIR, CLUS3_DB_URL, CLUS3_DB_USER, CLUS3_DB_PASSWORD,
# CLUS3_ADMIN_PASSWORD, CLUS3_DEMO, CLUS3_DEMO_PASSWORD, CLUS3_PORT, CLUS3_HEAP (see README.md).
set -euo pipefail
cd "$(dirname "$0")"

rebuild=false
for arg in "$@"; do
  case "$arg" in
    --demo) export CLUS3_DEMO=true ;;
    --rebuild) rebuild=true ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "Unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

war=ui/target/ROOT.war
micro=ui/target/runtime/payara-micro.jar
# Rebuild when asked, when something is missing, or when a source is newer than the WAR.
if $rebuild || [ ! -f "$war" ] || [ ! -f "$micro" ] \
   || [ -n "$(find pom.xml plugins search-index platform-core ui/pom.xml ui/src -newer "$war" -type f -print -quit 2>/dev/null)" ]; then
  echo "Building Clus3 (tests skipped; 'mvn verify' runs them)..."
  mvn -q -B install -DskipTests
fi

export CLUS3_DATA_DIR="${CLUS3_DATA_DIR:-$PWD/data}"
# Payara's runtime folder holds no data of ours; start it fresh, or Payara would also redeploy the
# WAR it remembered from the last run on top of --deploy (the application would start twice).
rm -rf "$CLUS3_DATA_DIR/payara"
mkdir -p "$CLUS3_DATA_DIR/payara"
port="${CLUS3_PORT:-8080}"

# exec: Ctrl-C reaches Payara Micro directly, which shuts down cleanly (the database is closed by the app).
exec java -Xmx"${CLUS3_HEAP:-512m}" -XX:+UseSerialGC -Duser.timezone=UTC -Djava.awt.headless=true \
  -jar "$micro" \
  --deploy "$war" \
  --port "$port" \
  --nocluster \
  --rootDir "$CLUS3_DATA_DIR/payara"
