package org.peninsula.game.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The addresses students can reach this machine at: every non-loopback address of every
 * interface that is up (IPv4 first, then global IPv6; link-local IPv6 needs a zone a browser
 * cannot type), or only loopback when there is nothing else. {@code InetAddress.getLocalHost()}
 * is not used: on many laptops it resolves to 127.0.1.1.
 */
final class ServerAddresses {
  private ServerAddresses() {}

  /** The addresses for a server listening on {@code host} (a wildcard: all interfaces). */
  static List<String> of(String host) {
    if (host != null && !host.isBlank() && !wildcard(host)) {
      return List.of(host);
    }
    List<String> v4 = new ArrayList<>();
    List<String> v6 = new ArrayList<>();
    try {
      for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!nif.isUp() || nif.isLoopback()) {
          continue;
        }
        for (InetAddress a : Collections.list(nif.getInetAddresses())) {
          if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()) {
            continue;
          }
          if (a instanceof Inet4Address) {
            add(v4, a.getHostAddress());
          } else if (a instanceof Inet6Address) {
            String s = a.getHostAddress();
            int zone = s.indexOf('%');
            add(v6, zone < 0 ? s : s.substring(0, zone));
          }
        }
      }
    } catch (SocketException e) {
      // no interface list: fall back to loopback below
    }
    List<String> out = new ArrayList<>(v4);
    out.addAll(v6);
    return out.isEmpty() ? List.of("127.0.0.1") : List.copyOf(out);
  }

  static boolean wildcard(String host) {
    return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
  }

  private static void add(List<String> list, String a) {
    if (!list.contains(a)) {
      list.add(a);
    }
  }

  /** {@code scheme://address:port/} with IPv6 in brackets. */
  static String url(String scheme, String address, int port) {
    return scheme + "://" + (address.contains(":") ? "[" + address + "]" : address) + ":" + port
        + "/";
  }
}
