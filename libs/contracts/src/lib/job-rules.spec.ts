import { jobFieldProblems } from './job-rules';
import { ContractType, JOB_TITLE_MAX_LENGTH, RemoteOption } from './jobs';

const job = {
  title: 'Web developer',
  description: '',
  location: 'Lyon',
  remote: RemoteOption.OnSite,
  contractType: ContractType.Permanent,
  hoursPerWeek: 35,
  startDate: null,
};

describe('jobFieldProblems', () => {
  it('accepts a complete job', () => {
    expect(jobFieldProblems(job)).toEqual([]);
    expect(jobFieldProblems({ ...job, startDate: '2027-01-04' })).toEqual([]);
  });

  it('names each field the API would refuse, with its limit', () => {
    const problems = jobFieldProblems({
      ...job,
      title: 'x'.repeat(JOB_TITLE_MAX_LENGTH + 1),
      location: '',
      hoursPerWeek: 2.5,
      startDate: 'soon',
    });
    expect(problems).toEqual([
      { field: 'title', code: 'maxLength', max: JOB_TITLE_MAX_LENGTH },
      { field: 'location', code: 'required' },
      { field: 'hoursPerWeek', code: 'range', min: 1, max: 48 },
      { field: 'startDate', code: 'pattern' },
    ]);
  });

  it('calls hours not typed missing', () => {
    expect(jobFieldProblems({ ...job, hoursPerWeek: Number.NaN })).toEqual([
      { field: 'hoursPerWeek', code: 'required' },
    ]);
  });
});
