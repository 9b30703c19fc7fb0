// A valid request passes; package.json is not a request; target/ and node_modules/ are not scanned.
def log = new File(basedir, 'build.log').text
assert log.contains('hpolint: 1 request checked: 0 errors, 0 warnings, 0 info')
assert !log.contains('stale-copy.yaml')
assert !log.contains('vendored.yaml')
assert log.contains('BUILD SUCCESS')
def sarif = new File(basedir, 'target/hpolint/hpolint.sarif')
assert sarif.isFile()
def report = new groovy.json.JsonSlurper().parse(sarif)
assert report.version == '2.1.0'
assert report.runs[0].tool.driver.name == 'hpolint'
assert report.runs[0].results.isEmpty()
