#!/bin/sh
# The desktop entry and the AppStream metainfo pass their validators, and the version the build
# says it is has an entry in both the Debian changelog and the metainfo's releases.
# Usage: check_metadata.sh SOURCE_DIR VERSION
set -eu
src=$1
version=$2
linux=$src/resources/linux
fail=0

for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null; then
        echo "FAIL: $tool is not installed (.ci/deps test installs it)"
        exit 1
    fi
done

echo "== desktop-file-validate stallkeeper.desktop"
desktop-file-validate "$linux/stallkeeper.desktop" || fail=1

echo "== appstreamcli validate"
appstreamcli validate --no-net --pedantic "$linux/org.example.stallkeeper.metainfo.xml" || fail=1

top=$(sed -n '1s/^stallkeeper (\([^)]*\)).*/\1/p' "$src/packaging/debian/changelog")
if [ "$top" != "$version" ]; then
    echo "FAIL: packaging/debian/changelog starts with version '$top', the project is $version"
    fail=1
fi
if ! grep -q "<release version=\"$version\"" "$linux/org.example.stallkeeper.metainfo.xml"; then
    echo "FAIL: the metainfo has no <release version=\"$version\">"
    fail=1
fi
# Every screenshot the metainfo references is published from resources/linux/screenshots/.
for shot in $(sed -n 's|.*<image>.*/screenshots/\([^<]*\)</image>.*|\1|p' "$linux/org.example.stallkeeper.metainfo.xml"); do
    if [ ! -f "$linux/screenshots/$shot" ]; then
        echo "FAIL: the metainfo references screenshots/$shot, not in resources/linux/screenshots"
        fail=1
    fi
done
desktop_icon=$(sed -n 's/^Icon=//p' "$linux/stallkeeper.desktop")
if [ ! -f "$src/resources/icons/$desktop_icon.svg" ]; then
    echo "FAIL: Icon=$desktop_icon has no resources/icons/$desktop_icon.svg"
    fail=1
fi

[ $fail -eq 0 ] && echo "metadata OK"
exit $fail
