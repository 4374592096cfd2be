<?php
/**
 * What WordPress holds in its oEmbed cache for a post (WP_Embed keeps it in the post's meta):
 * prints { "<meta key>": "<value>" } for every _oembed_ key. POST_ID names the post.
 */
require '/usr/share/wordpress/wp-load.php';

$cache = array();
foreach ( get_post_meta( (int) getenv( 'POST_ID' ) ) as $key => $values ) {
	if ( 0 === strpos( $key, '_oembed_' ) ) {
		$cache[ $key ] = $values[0];
	}
}
echo wp_json_encode( (object) $cache ), "\n";
