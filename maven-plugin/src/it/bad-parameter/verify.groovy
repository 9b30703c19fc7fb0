def log = new File(basedir, 'build.log').text
assert log.contains('hpolint: failOn must be error, warning, info or none, not \'sometimes\'')
// A configuration mistake is Maven's "execution" error, not a findings failure.
assert log.contains('MojoExecutionException')
