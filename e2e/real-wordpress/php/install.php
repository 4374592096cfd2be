<?php
/**
 * Installs one WordPress site non-interactively, as the web installer would: run with php-cli,
 * with WORDPRESS_CONFIG naming Debian's /etc/wordpress/config-<name>.php (Debian's wp-config.php
 * reads it from $_SERVER, which php-cli fills from the environment) and WP_THEME the theme to
 * activate. Prints the site's address.
 */
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require ABSPATH . 'wp-admin/includes/upgrade.php';

if ( ! is_blog_installed() ) {
	// The install mails its owner; this machine has no mail transport, and the result is unused.
	$result = wp_install( 'Campaign for refugees’ health', 'campaigner', 'campaigner@example.invalid', false, '', wp_generate_password( 24 ) );
	if ( is_wp_error( $result ) ) {
		fwrite( STDERR, $result->get_error_message() . "\n" );
		exit( 1 );
	}
}
$theme = getenv( 'WP_THEME' );
if ( ! wp_get_theme( $theme )->exists() ) {
	fwrite( STDERR, "Theme $theme is not installed (Debian's wordpress-theme-$theme)\n" );
	exit( 1 );
}
switch_theme( $theme );
echo home_url( '/' ), "\n";
