#!/bin/sh
# Builds the moosefacts images on the target; ImageBuilder uploads it with the
# build context and runs it there, streaming every line back.
#   build-images.sh compile   (as the login user) builds moosefacts natively
#                             and lays out both images' root folders
#   build-images.sh images    (as root for rootful podman) builds, tags and
#                             pushes both images, then prints
#                             "antler-image NAME REFERENCE@DIGEST" lines
# Environment: REGISTRY (HOST:PORT), TAG, SOURCE_COMMIT, VERSION, ENGINE
# (podman or docker; empty: whichever is installed, podman first).
set -eu
work=$(cd "$(dirname "$0")/.." && pwd)
ctx="$work/context"

# Copies a program's shared-library closure (as ldd resolves it, the dynamic
# loader included) into a root folder, at the same paths.
closure() {
    program=$1 root=$2
    ldd "$program" | sed -n -e 's/.*=> \(\/[^ ]*\).*/\1/p' -e 's/^[[:space:]]*\(\/[^ ]*\) (.*/\1/p' |
    while read -r library; do
        mkdir -p "$root$(dirname "$library")"
        cp -L "$library" "$root$library"
    done
}

compile() {
    generator="Unix Makefiles"
    command -v ninja > /dev/null 2>&1 && generator=Ninja
    launcher=""
    if command -v ccache > /dev/null 2>&1; then
        cache="${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/antler/ccache"
        mkdir -p "$cache" 2> /dev/null && [ -w "$cache" ] || cache="/var/tmp/antler-ccache-$(id -u)"
        mkdir -p "$cache"
        export CCACHE_DIR="$cache" CCACHE_BASEDIR="$work" CCACHE_NOHASHDIR=1
        launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
    fi
    echo "== configuring moosefacts ($generator${launcher:+, ccache})"
    cmake -S "$ctx/source" -B "$work/build" -G "$generator" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DANTLER_SOURCE_COMMIT="${SOURCE_COMMIT:-unknown}" -DANTLER_VERSION="${VERSION:-0.0.0}" $launcher
    # One compiler per core, but no more than the memory holds (a compiler
    # on the Qt headers takes about 700 MB; a 1 GB Pi builds one at a time).
    jobs=$(nproc)
    memory=$(awk '/^MemAvailable:/ {print int($2 / 1024)}' /proc/meminfo 2> /dev/null || echo 0)
    if [ "${memory:-0}" -gt 0 ] && [ $((memory / 700)) -lt "$jobs" ]; then
        jobs=$((memory / 700))
        [ "$jobs" -ge 1 ] || jobs=1
    fi
    echo "== building moosefacts on $(uname -n) ($(uname -m), $jobs at a time)"
    cmake --build "$work/build" --target moosefacts -j "$jobs"

    echo "== laying out the backend image"
    root="$work/backend/rootfs"
    mkdir -p "$root/usr/bin" "$root/usr/share/antler" "$root/tmp" "$root/etc"
    chmod 1777 "$root/tmp"
    cp "$work/build/server/moosefacts" "$root/usr/bin/moosefacts"
    strip --strip-debug "$root/usr/bin/moosefacts" 2> /dev/null || true
    closure "$root/usr/bin/moosefacts" "$root"
    cp "$ctx/facts/moose-facts.json" "$root/usr/share/antler/moose-facts.json"
    printf 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n' > "$root/etc/passwd"
    printf 'root:x:0:\nnogroup:x:65534:\n' > "$root/etc/group"
    cp "$ctx/Containerfile.backend" "$work/backend/Containerfile"

    echo "== laying out the frontend image (nginx of this host)"
    nginx=$(command -v nginx || echo /usr/sbin/nginx)
    [ -x "$nginx" ] || { echo "nginx is not installed on $(uname -n); install nginx-light there." >&2; exit 1; }
    root="$work/frontend/rootfs"
    mkdir -p "$root/usr/sbin" "$root/etc/nginx" "$root/usr/share/antler/frontend" \
             "$root/var/log/nginx" "$root/var/lib/nginx" "$root/tmp"
    chmod 1777 "$root/tmp"
    cp "$nginx" "$root/usr/sbin/nginx"
    closure "$root/usr/sbin/nginx" "$root"
    cp -R "$ctx/frontend/." "$root/usr/share/antler/frontend/"
    cp "$ctx/nginx.conf" "$root/etc/nginx/nginx.conf"
    printf 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n' > "$root/etc/passwd"
    printf 'root:x:0:\nnogroup:x:65534:\n' > "$root/etc/group"
    cp "$ctx/Containerfile.frontend" "$work/frontend/Containerfile"
    echo "== compiled; image folders ready"
}

images() {
    engine=${ENGINE:-}
    if [ -z "$engine" ]; then
        if command -v podman > /dev/null 2>&1; then engine=podman
        elif command -v docker > /dev/null 2>&1; then engine=docker
        else echo "Neither podman nor docker is installed on $(uname -n); install podman." >&2; exit 1
        fi
    fi
    for image in backend frontend; do
        case $image in
            backend) repository=moosefacts ;;
            frontend) repository=moosefacts-frontend ;;
        esac
        reference="$REGISTRY/$repository:$TAG"
        echo "== $engine build $reference"
        "$engine" build --label "org.opencontainers.image.revision=${SOURCE_COMMIT:-unknown}" \
            --label "org.opencontainers.image.version=$TAG" -t "$reference" "$work/$image"
        echo "== $engine push $reference"
        # A failed push is named as such, so antler can say the registry is
        # the problem rather than pointing at the whole build log.
        if [ "$engine" = podman ]; then
            podman push --tls-verify=false --digestfile "$work/$image.digest" "$reference" ||
                { echo "antler-push-failed $reference"; exit 3; }
            digest=$(cat "$work/$image.digest")
        else
            docker push "$reference" || { echo "antler-push-failed $reference"; exit 3; }
            digest=$(docker image inspect --format '{{range .RepoDigests}}{{println .}}{{end}}' "$reference" |
                     sed -n "s|^$REGISTRY/$repository@||p" | head -n 1)
        fi
        case $digest in
            sha256:*) ;;
            *) echo "$engine push gave no digest for $reference" >&2; exit 1 ;;
        esac
        echo "antler-image $repository $REGISTRY/$repository@$digest"
    done
}

case ${1:-} in
    compile) compile ;;
    images) images ;;
    *) echo "usage: build-images.sh compile|images" >&2; exit 2 ;;
esac
