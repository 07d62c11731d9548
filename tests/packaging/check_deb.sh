#!/bin/bash
# Builds the .deb packages with cpack from this build folder and checks them as a user's system
# would see them: control fields and computed Depends, contents, lintian (no errors), and the
# installed files extracted into an empty root, where stallkeeper-cli runs and the desktop
# metadata validates. When apt knows Debian's packages, the dependencies are resolved too.
# Usage: check_deb.sh BUILD_DIR VERSION WITH_APP(0|1) WITH_SERVER(0|1)
set -euo pipefail
build=$1
version=$2
with_app=$3
with_server=$4
arch=$(dpkg --print-architecture)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

for tool in cpack dpkg-deb dpkg-shlibdeps lintian; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed"; exit 1; }
done

echo "== cpack"
if ! cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack"
    exit 1
fi
ls -l "$work/out"/*.deb

app_deb=$work/out/stallkeeper_${version}_${arch}.deb
server_deb=$work/out/stallkeeper-server_${version}_${arch}.deb

field() { dpkg-deb -f "$1" "$2"; }
has_file() { dpkg-deb -c "$1" | awk '{print $6}' | grep -qx "$2"; }

check_common() {
    local deb=$1 pkg=$2
    [ -f "$deb" ] || { fail "$deb was not built"; return 1; }
    echo "== dpkg-deb -I $(basename "$deb")"
    dpkg-deb -I "$deb"
    [ "$(field "$deb" Package)" = "$pkg" ] || fail "$pkg: Package is $(field "$deb" Package)"
    [ "$(field "$deb" Version)" = "$version" ] || fail "$pkg: Version is $(field "$deb" Version)"
    [ "$(field "$deb" Architecture)" = "$arch" ] || fail "$pkg: Architecture"
    # Depends computed by dpkg-shlibdeps: versioned entries for the libraries the binaries link.
    local depends
    depends=$(field "$deb" Depends)
    for lib in 'libc6 (>=' 'libqt6core6 (>=' 'libstdc++6 (>=' 'libqt6sql6 (>=' 'libsqlite3-0 (>='; do
        case "$depends" in *"$lib"*) ;; *) fail "$pkg: Depends lacks '$lib': $depends" ;; esac
    done
    case "$depends" in *libqt6sql6-sqlite*) ;; *) fail "$pkg: Depends lacks libqt6sql6-sqlite" ;; esac
    has_file "$deb" "./usr/share/doc/$pkg/copyright" || fail "$pkg: no copyright file"
    has_file "$deb" "./usr/share/doc/$pkg/changelog.gz" || fail "$pkg: no changelog.gz"
    # Everything belongs to root.
    if dpkg-deb -c "$deb" | awk '{print $2}' | grep -vqx 'root/root'; then
        fail "$pkg: files not owned by root"
    fi
    echo "== dpkg-deb -c $(basename "$deb")"
    dpkg-deb -c "$deb"
}

if [ "$with_app" = 1 ]; then
    check_common "$app_deb" stallkeeper
    for f in ./usr/bin/stallkeeper ./usr/bin/stallkeeper-cli \
             ./usr/share/applications/stallkeeper.desktop \
             ./usr/share/metainfo/org.example.stallkeeper.metainfo.xml \
             ./usr/share/icons/hicolor/scalable/apps/stallkeeper.svg \
             ./usr/share/icons/hicolor/48x48/apps/stallkeeper.png \
             ./usr/share/icons/hicolor/256x256/apps/stallkeeper.png; do
        has_file "$app_deb" "$f" || fail "stallkeeper: $f missing"
    done
    # The desktop app links the widgets: dpkg-shlibdeps must have found them.
    case "$(field "$app_deb" Depends)" in *'libqt6widgets6 (>='*) ;; *) fail "stallkeeper: Depends lacks libqt6widgets6" ;; esac
    # Qt's own strings in the vendor's language ("Cancelar", not "Cancel").
    case "$(field "$app_deb" Depends)" in *qt6-translations-l10n*) ;; *) fail "stallkeeper: Depends lacks qt6-translations-l10n" ;; esac
    if has_file "$app_deb" ./usr/bin/stallkeeper-server; then fail "stallkeeper: contains the server"; fi
fi

if [ "$with_server" = 1 ]; then
    check_common "$server_deb" stallkeeper-server
    for f in ./usr/bin/stallkeeper-server ./lib/systemd/system/stallkeeper-server.service \
             ./etc/stallkeeper/server.conf; do
        has_file "$server_deb" "$f" || fail "stallkeeper-server: $f missing"
    done
    mkdir -p "$work/control"
    dpkg-deb -e "$server_deb" "$work/control"
    grep -qx /etc/stallkeeper/server.conf "$work/control/conffiles" \
        || fail "stallkeeper-server: server.conf is not a conffile"
    for s in postinst prerm postrm; do
        [ -x "$work/control/$s" ] || { fail "stallkeeper-server: no executable $s"; continue; }
        sh -n "$work/control/$s" || fail "stallkeeper-server: $s is not valid sh"
    done
    grep -q 'adduser --system' "$work/control/postinst" || fail "postinst creates no system user"
    case "$(field "$server_deb" Depends)" in *adduser*) ;; *) fail "stallkeeper-server: Depends lacks adduser" ;; esac
    mkdir -p "$work/unit"
    dpkg-deb -x "$server_deb" "$work/unit"
    # systemd's default soft limit of 1024 open files is about 1,000 connections.
    grep -Eq '^LimitNOFILE=[0-9]+$' "$work/unit/lib/systemd/system/stallkeeper-server.service" \
        || fail "stallkeeper-server.service does not raise LimitNOFILE"
    if command -v systemd-analyze >/dev/null; then
        # The unit's own syntax and settings; systemd's targets and the man command are not in
        # this root.
        verify=$(systemd-analyze verify --root="$work/unit" stallkeeper-server.service 2>&1 || true)
        if echo "$verify" | grep -v "'man \|man:\|target not found" | grep -q .; then
            echo "$verify"
            fail "stallkeeper-server.service does not verify"
        fi
    fi
    if has_file "$server_deb" ./usr/bin/stallkeeper; then fail "stallkeeper-server: contains the app"; fi
fi

echo "== lintian"
debs=()
[ "$with_app" = 1 ] && debs+=("$app_deb")
[ "$with_server" = 1 ] && debs+=("$server_deb")
lintian --tag-display-limit 0 "${debs[@]}" >"$work/lintian.log" 2>&1 || true
cat "$work/lintian.log"
if grep -q '^E: ' "$work/lintian.log"; then
    fail "lintian reports errors"
fi

echo "== installed into an empty root"
root=$work/root
mkdir -p "$root"
for deb in "${debs[@]}"; do dpkg-deb -x "$deb" "$root"; done
if [ "$with_app" = 1 ]; then
    out=$("$root/usr/bin/stallkeeper-cli" --version 2>&1) || fail "installed stallkeeper-cli --version failed: $out"
    echo "stallkeeper-cli --version: $out"
    case "$out" in *"$version"*) ;; *) fail "stallkeeper-cli --version does not say $version" ;; esac
    # The installed CLI works on a database of its own.
    "$root/usr/bin/stallkeeper-cli" --db "$work/demo.sqlite" catalog list >/dev/null 2>&1 \
        || fail "installed stallkeeper-cli cannot open a new database"
    out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/stallkeeper" --version 2>&1) \
        || fail "installed stallkeeper --version failed: $out"
    echo "stallkeeper --version: $out"
    # The translations are embedded and follow the system's language.
    for lang in es_ES:"Punto de venta" fr_FR:"Caisse pour"; do
        out=$(env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG="${lang%%:*}.UTF-8" \
              QT_QPA_PLATFORM=offscreen "$root/usr/bin/stallkeeper" --help 2>&1) || true
        case "$out" in *"${lang#*:}"*) ;; *) fail "stallkeeper --help is not translated for ${lang%%:*}: $out" ;; esac
    done
    desktop-file-validate "$root/usr/share/applications/stallkeeper.desktop" || fail "installed .desktop"
    appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"
    if command -v file >/dev/null; then
        file "$root/usr/share/icons/hicolor/48x48/apps/stallkeeper.png" | grep -q '48 x 48' \
            || fail "48x48 icon is not 48 x 48"
    fi
fi
if [ "$with_server" = 1 ]; then
    # The installed server starts and finds its libraries.
    out=$("$root/usr/bin/stallkeeper-server" --help 2>&1) || fail "installed stallkeeper-server --help failed: $out"
    echo "stallkeeper-server --help: $(echo "$out" | head -1)"
fi

# Would apt install them with their Depends on this Debian release? Only where apt knows the
# archive's packages (after apt-get update); otherwise say so instead of passing silently.
if command -v apt-get >/dev/null && apt-cache show libqt6core6 >/dev/null 2>&1; then
    echo "== apt-get install --simulate"
    if ! apt-get install --simulate -o Debug::NoLocking=1 "${debs[@]}" >"$work/apt.log" 2>&1; then
        cat "$work/apt.log"
        fail "apt cannot install the packages"
    fi
else
    echo "NOTE: apt has no package lists here; dependency resolution not checked"
fi

echo "== sizes"
for deb in "${debs[@]}"; do
    echo "$(basename "$deb"): $(stat -c %s "$deb") bytes, Installed-Size $(field "$deb" Installed-Size) KiB"
done

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "packages OK"
