#!/usr/bin/env bash
# Adds a migration for every provider of one module: build/scripts/add-migration.sh Catalog AddSubstitutions
set -euo pipefail
module=${1:?module name, e.g. Catalog}; name=${2:?migration name}
root=$(cd "$(dirname "$0")/../.." && pwd)
project="$root/src/Modules/$module/Distribution.Modules.$module.Infrastructure"
cd "$root"
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
    --context "${provider}${module}DbContext" --output-dir "Persistence/Migrations/$provider"
done
