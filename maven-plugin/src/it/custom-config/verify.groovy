// Only the included, not excluded, file is checked; failOn none keeps the build green despite
// its errors; every requested report is written to the chosen directory.
def log = new File(basedir, 'build.log').text
assert log.contains('requests/typos.yaml:4:13 HPO-ENUM-CASE')
assert !log.contains('wip.yaml')
assert !log.contains('not-included.yaml')
assert log =~ /hpolint: 1 request checked: \d+ errors/
assert log.contains('BUILD SUCCESS')
def reports = new File(basedir, 'target/lint-reports')
['hpolint.sarif', 'TEST-hpolint.xml', 'hpolint-checkstyle.xml', 'hpolint-github.txt'].each {
  assert new File(reports, it).isFile() : "missing report $it"
}
assert new File(reports, 'TEST-hpolint.xml').text.contains('<testsuites name="hpolint" tests="')
assert !new File(reports, 'TEST-hpolint.xml').text.contains('<failure')
assert new File(reports, 'hpolint-github.txt').text.contains('::error file=requests/typos.yaml,line=4,col=13')
