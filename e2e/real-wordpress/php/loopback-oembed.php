<?php
/**
 * Plugin Name: Loopback oEmbed (tests only)
 * Description: The one change the explainer's tests make to WordPress. WordPress refuses to fetch
 * loopback addresses, and ports other than 80, 443 and 8080 on another host
 * (wp_http_validate_url), so it could not discover oEmbed on the explainer the tests serve on
 * 127.0.0.1:<port>. This lets it fetch loopback addresses on any port; everything else is
 * WordPress as Debian ships it. Installed as a must-use plugin by real-wordpress/wordpress-site.ts.
 */

function explainer_tests_is_loopback( $host ) {
	return in_array( strtolower( trim( (string) $host, '[]' ) ), array( '127.0.0.1', 'localhost', '::1' ), true );
}

add_filter(
	'http_request_host_is_external',
	function ( $external, $host ) {
		return $external || explainer_tests_is_loopback( $host );
	},
	10,
	2
);

add_filter(
	'http_allowed_safe_ports',
	function ( $ports, $host, $url ) {
		$port = wp_parse_url( $url, PHP_URL_PORT );
		if ( $port && explainer_tests_is_loopback( $host ) ) {
			$ports[] = (int) $port;
		}
		return $ports;
	},
	10,
	3
);
