<?php
/**
 * Publishes posts through WordPress's own API, as the editor's "Publish" does: reads
 * [{ "title", "content" }] as JSON on stdin, prints [{ "id", "url" }]. With "update": id (and
 * no title), it saves new content into an existing post instead (a campaigner editing a post).
 */
require '/usr/share/wordpress/wp-load.php';

$posts = json_decode( stream_get_contents( STDIN ), true );
if ( ! is_array( $posts ) ) {
	fwrite( STDERR, "publish.php: expected a JSON list of posts on stdin\n" );
	exit( 1 );
}
wp_set_current_user( 1 ); // The campaigner the install made: an administrator, as a blog's owner is.
$out = array();
foreach ( $posts as $post ) {
	if ( isset( $post['update'] ) ) {
		$fields = array(
			'ID'           => (int) $post['update'],
			'post_content' => $post['content'],
		);
		$id     = wp_update_post( wp_slash( $fields ), true );
	} else {
		$fields = array(
			'post_title'   => $post['title'],
			'post_content' => $post['content'],
			'post_status'  => 'publish',
			'post_author'  => 1,
		);
		$id     = wp_insert_post( wp_slash( $fields ), true );
	}
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$out[] = array( 'id' => $id, 'url' => get_permalink( $id ) );
}
echo wp_json_encode( $out ), "\n";
