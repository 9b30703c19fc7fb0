// Each finding is logged as file:line:col RULE-ID message at the error level, and the failure
// says how many errors in which file.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] jobs/typos.yaml:4:13 HPO-ENUM-CASE Strategy must be spelt exactly Bayesian')
assert log.contains('[ERROR] jobs/typos.yaml:10:5 SCHEMA-UNKNOWN-FIELD MaxParallelTrainingJob is not a member')
assert log =~ /hpolint found \d+ errors in 1 file: jobs\/typos.yaml/
assert !log.contains('jobs/fine.json:')
assert log.contains('BUILD FAILURE')
// The report is written before the build fails, so CI can upload it.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/hpolint/hpolint.sarif'))
def rules = sarif.runs[0].results*.ruleId
assert rules.contains('HPO-ENUM-CASE')
assert sarif.runs[0].results*.locations*.physicalLocation*.artifactLocation*.uri.flatten().every { it.endsWith('jobs/typos.yaml') }
