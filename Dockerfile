# Peninsula's classroom server in a container, for a teacher without Java.
#
#   docker build -t peninsula .
#   docker run --rm -p 8080:8080 -v peninsula-games:/data peninsula
#
# The first stage builds the same self-contained app image as `./mvnw -Prelease -pl core package`
# (jpackage with a jlink-trimmed runtime); the second runs it on a slim Debian with no JDK.
# Not built on the project's build machines (they cannot pull base images): see docs/classroom.md.

FROM eclipse-temurin:17.0.15_6-jdk-jammy AS build
WORKDIR /src
# The wrapper and the POM first, so the dependency download is cached between source changes.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY core/pom.xml core/
COPY spark/pom.xml spark/
RUN ./mvnw -B -q -Prelease -pl core -am dependency:go-offline
COPY src/ src/
COPY scenarios/ scenarios/
RUN ./mvnw -B -q -Prelease -pl core -am -DskipTests package

FROM debian:12-slim
# A fixed, unprivileged user: the games database must not be world-readable or owned by root.
RUN groupadd --system --gid 10001 peninsula \
 && useradd --system --uid 10001 --gid peninsula --home-dir /data --no-create-home peninsula \
 && mkdir /data && chown peninsula:peninsula /data && chmod 700 /data
COPY --from=build /src/target/release/peninsula /opt/peninsula
USER peninsula
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8080
# The one-time teacher link is printed to the log (`docker logs <container>`). Inside a container
# the server sees the container's own addresses: tell the students the host's address, or run with
# `--network host` on Linux so the console shows the right one.
ENTRYPOINT ["/opt/peninsula/bin/peninsula"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8080", "--data", "/data"]
