def log = new File(basedir, 'build.log').text
assert log.contains('hpolint: skipped (hpolint.skip)')
assert !log.contains('HPO-ENUM-CASE')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/hpolint').exists()
