package corpus

import (
	"context"
	"fmt"
	"net"
	"net/netip"
)

// cgnat is the shared address space of RFC 6598, private in all but name.
var cgnat = netip.MustParsePrefix("100.64.0.0/10")

// privateAddr reports whether a is not on the public internet: loopback, link-local (which holds
// cloud metadata services such as 169.254.169.254), private (RFC 1918, RFC 4193), shared
// (RFC 6598) or unspecified.
func privateAddr(a netip.Addr) bool {
	a = a.Unmap()
	return a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() ||
		a.IsInterfaceLocalMulticast() || a.IsUnspecified() || a.Is4() && cgnat.Contains(a)
}

// checkPublic fails with ErrPrivate when host (a name or an address literal) is or resolves to
// a private address. A name that does not resolve passes: the request will fail on its own.
//
// BUG: a name is resolved here and again when the connection is made; a server that answers
// the two lookups differently (DNS rebinding) is not caught.
func checkPublic(ctx context.Context, host string) error {
	if a, err := netip.ParseAddr(host); err == nil {
		if privateAddr(a) {
			return fmt.Errorf("%w: %s", ErrPrivate, a)
		}
		return nil
	}
	addrs, err := net.DefaultResolver.LookupNetIP(ctx, "ip", host)
	if err != nil {
		return nil
	}
	for _, a := range addrs {
		if privateAddr(a) {
			return fmt.Errorf("%w: %s is %s", ErrPrivate, host, a)
		}
	}
	return nil
}
