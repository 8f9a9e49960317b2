#!/usr/bin/env bash
#
# The search benchmark (figures, not a test; see BENCHMARKS.md):
#
#   bash app/src/bench/run.sh
#
# Builds the project and the benchmark's EAR (profile "bench": the production modules plus the helper
# WAR of bench/, which measures inside the server at /bench; the production EAR has none of it),
# starts it in a domain of its own ("larcentra-bench", HTTP port 18080, admin port 18048, data in
# app/target/bench/data, created afresh under app/target/bench/domains), so it never touches the
# dev domain (8080) or the integration-test domain (20080). Then the driver
# (app/src/bench/java) grows the catalogue to 10 000 and then 100 000 offerings and measures search
# at each size against the SQL baselines in a scratch PostgreSQL database; it writes the table to
# app/target/bench/results.md. The domain is stopped and the database dropped at the end, also on
# failure or Ctrl-C.
#
# Settings (environment):
#   BENCH_PHASES         which phases, comma-separated (all): login-flood (the start page alone and under
#                        200 wrong logins over 16 connections, on the demo catalogue; about 5 minutes
#                        alone, with the build and the domain's set-up), search (the sizes below)
#   BENCH_SIZES          catalogue sizes, ascending (10000,100000)
#   BENCH_HTTP_PORT      HTTP port of the bench domain (18080); admin port is 32 lower
#   BENCH_PG_URL         PostgreSQL server for the baselines (jdbc:postgresql://127.0.0.1:5432), user postgres
#   BENCH_WRK_SECONDS    length of the wrk run (30), after an unmeasured one of BENCH_WRK_WARMUP_SECONDS (10)
#   BENCH_SQL_BUDGET     seconds of measuring per SQL baseline and size (60)
#   BENCH_LUCENE_ROUNDS  measured rounds of the mix inside the server (500), after 100 warm-up rounds
#   BENCH_HTTP_ROUNDS    measured rounds of the mix over HTTP (300), after 50 warm-up rounds
#   BENCH_MAX_WAIT_MINUTES  how long, in all, to wait for integration runs (itdomain processes) to end and
#                        for others to use less than a quarter of a core before each measured phase (45)
#   BENCH_SKIP_BUILD     true: use the EAR already built
#   BENCH_KEEP_RUNNING   true: leave the domain and the database up at the end, to look into them
#
# About a quarter of an hour on 2 cores when nobody else uses them.
# Needs: Java 17, curl, psql and a PostgreSQL at 127.0.0.1:5432 that trusts the
# user postgres, wrk (installed with apt-get when missing and run as root), /usr/bin/time.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
BENCH=$ROOT/app/target/bench
PAYARA_HOME=$ROOT/app/target/payara6
CLI_JAR=$PAYARA_HOME/glassfish/lib/client/appserver-cli.jar
EAR=$ROOT/app/src/bench/server/ear/target/larcentra-bench.ear
DOMAIN=larcentra-bench
DOMAIN_DIR=$BENCH/domains
DATA_DIR=$BENCH/data
HTTP_PORT=${BENCH_HTTP_PORT:-18080}
PORTBASE=$((HTTP_PORT - 80))
ADMIN_PORT=$((PORTBASE + 48))
PG_SERVER=${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432}
PG_HOST=$(sed -E 's#jdbc:postgresql://([^:/]+).*#\1#' <<<"$PG_SERVER")
PG_PORT=$(sed -E 's#jdbc:postgresql://[^:/]+:?([0-9]*).*#\1#' <<<"$PG_SERVER")
PG_PORT=${PG_PORT:-5432}
PG_DB=larcentra_bench
H2_JAR=$PAYARA_HOME/h2db/bin/h2.jar
PG_JAR=$ROOT/app/target/drivers/postgresql.jar
JSON_JAR=$PAYARA_HOME/glassfish/modules/jakarta.json.jar

say() { printf '» %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

quietly() {
    local out rc=0
    out=$(mktemp)
    "$@" >"$out" 2>&1 || rc=$?
    if ((rc != 0)); then cat "$out" >&2; fi
    rm -f "$out"
    return "$rc"
}

# The domain's generated admin password, as app/bin/larcentra keeps it: an asadmin password file in
# its config directory, owner-only.
PASSWORD_FILE=$DOMAIN_DIR/$DOMAIN/config/asadmin-password
asadmin_local() {
    if [[ -f $PASSWORD_FILE ]]; then set -- --user admin --passwordfile "$PASSWORD_FILE" "$@"; fi
    java -jar "$CLI_JAR" "$@"
}
asadmin() { asadmin_local --host localhost --port "$ADMIN_PORT" "$@"; }
escape() {
    local value=${1//\\/\\\\}
    value=${value//:/\\:}
    printf '%s' "${value//=/\\=}"
}
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
domain_running() { grep -q "^$DOMAIN running" <<<"$(asadmin_local list-domains --domaindir "$DOMAIN_DIR" 2>/dev/null || true)"; }
psql_admin() { PGOPTIONS='--client-min-messages=warning' psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

stop_domain() {
    if [[ -d $DOMAIN_DIR/$DOMAIN ]] && domain_running; then
        say "Stopping domain $DOMAIN"
        quietly asadmin_local stop-domain --domaindir "$DOMAIN_DIR" "$DOMAIN" || true
    fi
}

cleanup() {
    local rc=$?
    if [[ ${BENCH_KEEP_RUNNING:-false} == true ]]; then
        say "Left running (BENCH_KEEP_RUNNING): http://localhost:$HTTP_PORT/, PostgreSQL database $PG_DB; stop with"
        say "  java -jar $CLI_JAR stop-domain --domaindir $DOMAIN_DIR $DOMAIN; dropdb -h $PG_HOST -U postgres $PG_DB"
        exit "$rc"
    fi
    stop_domain
    psql_admin -d postgres -c "DROP DATABASE IF EXISTS $PG_DB" 2>/dev/null || true
    if ((rc != 0)); then
        say "The benchmark failed (exit $rc); the server log is $DOMAIN_DIR/$DOMAIN/logs/server.log"
    fi
    exit "$rc"
}

# --- prerequisites -------------------------------------------------------------------------------

command -v java >/dev/null || die "java is missing"
command -v curl >/dev/null || die "curl is missing"
command -v psql >/dev/null || die "psql is missing (apt-get install postgresql-client)"
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing (apt-get install time)"
if ! command -v wrk >/dev/null; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        say "Installing wrk (Debian package)"
        quietly apt-get install -y wrk || { quietly apt-get update && quietly apt-get install -y wrk; }
    else
        die "wrk is missing: apt-get install wrk"
    fi
fi
psql_admin -d postgres -c 'SELECT 1' >/dev/null || die "cannot reach PostgreSQL at $PG_HOST:$PG_PORT as postgres"

# --- build ---------------------------------------------------------------------------------------

if [[ ${BENCH_SKIP_BUILD:-false} != true ]]; then
    say "Building (./mvnw -q -DskipTests -Pbench install)"
    (cd "$ROOT" && sh ./mvnw -q -DskipTests -Pbench install) || die "the build failed"
fi
[[ -f $EAR && -f $CLI_JAR && -f $PG_JAR ]] || die "build first: ./mvnw -DskipTests -Pbench install"

mkdir -p "$BENCH"
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- the bench domain, created afresh with fresh data ----------------------------------------------

stop_domain
for port in "$HTTP_PORT" "$ADMIN_PORT"; do
    port_in_use "$port" && die "port $port is in use (another benchmark running?); set BENCH_HTTP_PORT"
done
rm -rf "$DOMAIN_DIR" "$DATA_DIR"
mkdir -p "$DOMAIN_DIR" "$DATA_DIR/db"

say "Creating domain $DOMAIN (HTTP port $HTTP_PORT, admin port $ADMIN_PORT) in $DOMAIN_DIR"
password_file=$(mktemp) # mode 0600
printf 'AS_ADMIN_PASSWORD=%s\n' "$(od -An -v -tx1 -N24 /dev/urandom | tr -d ' \n')" >"$password_file"
quietly java -jar "$CLI_JAR" --user admin --passwordfile "$password_file" \
    create-domain --portbase "$PORTBASE" --domaindir "$DOMAIN_DIR" "$DOMAIN" || { rm -f "$password_file"; die "could not create the domain"; }
mv "$password_file" "$PASSWORD_FILE"
chmod 600 "$PASSWORD_FILE"

start_domain() {
    # Without LARCENTRA_* in its environment: the system properties below are its only settings.
    local unset=() name
    for name in $(compgen -e); do [[ $name == LARCENTRA_* ]] && unset+=(-u "$name"); done
    quietly env "${unset[@]}" java -jar "$CLI_JAR" start-domain --domaindir "$DOMAIN_DIR" "$DOMAIN" \
        || { tail -n 60 "$DOMAIN_DIR/$DOMAIN/logs/server.log" >&2; die "domain $DOMAIN did not start"; }
}
say "Starting and configuring it"
start_domain

# As app/bin/larcentra configures the run domain: the same heap, the same H2 URL, a mail session.
for option in $(asadmin list-jvm-options | grep '^-Xmx' || true); do
    quietly asadmin delete-jvm-options -- "$option"
done
quietly asadmin create-jvm-options -- -Xmx1g
quietly asadmin create-jvm-options -- '-XX\:+UseParallelGC' # asadmin splits at unescaped colons
quietly asadmin create-jvm-options -- -Dfile.encoding=UTF-8
quietly asadmin create-system-properties "LARCENTRA_DATA_DIR=$(escape "$DATA_DIR"):LARCENTRA_DEMO=true:LARCENTRA_BASE_URL=$(escape "http://localhost:$HTTP_PORT/"):LARCENTRA_SMTP_PORT=$((PORTBASE + 25))"
H2_URL="jdbc:h2:$DATA_DIR/db/larcentra;AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000;WRITE_DELAY=0" # commits survive a kill
quietly asadmin create-jdbc-connection-pool \
    --datasourceclassname org.h2.jdbcx.JdbcDataSource --restype javax.sql.DataSource \
    --isconnectvalidatereq=true --validationmethod=custom-validation \
    --validationclassname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation \
    --property "URL=$(escape "$H2_URL"):user=larcentra:password=larcentra" larcentra-pool
quietly asadmin create-jdbc-resource --connectionpoolid larcentra-pool jdbc/larcentra
quietly asadmin create-javamail-resource --mailhost localhost --mailuser larcentra --fromaddress noreply@larcentra.local \
    --property "mail.smtp.port=$((PORTBASE + 25)):mail.smtp.connectiontimeout=10000:mail.smtp.timeout=10000" mail/larcentra
quietly asadmin ping-connection-pool larcentra-pool
# As app/bin/larcentra: the admin listener on 127.0.0.1 only, no Server or X-Powered-By headers
# (listener settings: they apply with the restart below).
network=configs.config.server-config.network-config
quietly asadmin set "$network.network-listeners.network-listener.admin-listener.address=127.0.0.1" \
    $(for p in http-listener-1 http-listener-2 admin-listener; do
        echo "$network.protocols.protocol.$p.http.xpowered-by=false $network.protocols.protocol.$p.http.server-header=false"
    done)
# As app/bin/larcentra: 64 HTTP worker threads instead of Payara's 5.
quietly asadmin set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=64

say "Restarting it for the JVM options"
quietly asadmin_local stop-domain --domaindir "$DOMAIN_DIR" "$DOMAIN"
start_domain

say "Deploying $(basename "$EAR")"
quietly asadmin deploy --force=true --name larcentra --contextroot / "$EAR" \
    || { tail -n 60 "$DOMAIN_DIR/$DOMAIN/logs/server.log" >&2; die "deployment failed"; }
deadline=$((SECONDS + 300))
until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://localhost:$HTTP_PORT/" || true) == 200 ]]; do
    ((SECONDS < deadline)) || die "http://localhost:$HTTP_PORT/ did not answer within 300 s"
    sleep 1
done
[[ $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$HTTP_PORT/bench/") == 200 ]] \
    || die "the benchmark helper does not answer at http://localhost:$HTTP_PORT/bench/"

# --- the scratch PostgreSQL database ---------------------------------------------------------------

say "Creating PostgreSQL database $PG_DB"
psql_admin -d postgres -c "DROP DATABASE IF EXISTS $PG_DB"
psql_admin -d postgres -c "CREATE DATABASE $PG_DB ENCODING 'UTF8' TEMPLATE template0"

# --- the driver ----------------------------------------------------------------------------------

CP="$PG_JAR:$H2_JAR:$JSON_JAR"
rm -rf "$BENCH/classes"
mkdir -p "$BENCH/classes"
javac -encoding UTF-8 -d "$BENCH/classes" -cp "$CP" $(find "$ROOT/app/src/bench/java" -name '*.java') || die "the driver does not compile"

say "Running the benchmark (about a quarter of an hour on 2 cores)"
java -Xmx1g -cp "$BENCH/classes:$CP" \
    -Dbench.url="http://localhost:$HTTP_PORT" \
    -Dbench.h2="jdbc:h2:$DATA_DIR/db/larcentra;AUTO_SERVER=TRUE" \
    -Dbench.pg="$PG_SERVER/$PG_DB" \
    -Dbench.out="$BENCH" \
    -Dbench.phases="${BENCH_PHASES:-}" \
    -Dbench.sizes="${BENCH_SIZES:-10000,100000}" \
    -Dbench.wrk.seconds="${BENCH_WRK_SECONDS:-30}" \
    -Dbench.wrk.warmup="${BENCH_WRK_WARMUP_SECONDS:-10}" \
    -Dbench.sql.budget="${BENCH_SQL_BUDGET:-60}" \
    -Dbench.lucene.rounds="${BENCH_LUCENE_ROUNDS:-500}" \
    -Dbench.http.rounds="${BENCH_HTTP_ROUNDS:-300}" \
    -Dbench.maxWaitMinutes="${BENCH_MAX_WAIT_MINUTES:-45}" \
    -Dbench.clkTck="$(getconf CLK_TCK)" \
    -Dbench.commit="$(git -C "$ROOT" log -1 --format='%h %s' 2>/dev/null || echo unknown)" \
    se.larcentra.bench.BenchmarkRun
