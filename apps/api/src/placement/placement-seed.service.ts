import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ContractType,
  type JobRequest,
  JobStatus,
  OrganisationRole,
  PipelineStage,
  ProfileSection,
  RemoteOption,
} from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import { Account } from '../identity/entities/account.entity';
import { Course } from '../learning/entities/course.entity';
import { Application } from './entities/application.entity';
import { CandidateProfile } from './entities/candidate-profile.entity';
import { Endorsement } from './entities/endorsement.entity';
import { Job } from './entities/job.entity';
import { Organisation } from './entities/organisation.entity';
import { OrganisationMember } from './entities/organisation-member.entity';
import { recordMove } from './pipeline.service';

type SeedJob = Omit<JobRequest, 'requirements'> & {
  status: JobStatus;
  requirements: Omit<JobRequest['requirements'], 'courses'> & {
    courses: { slug: string; required: boolean }[];
  };
};

const DEMO_ORGANISATIONS: { name: string; description: string; jobs: SeedJob[] }[] = [
  {
    name: 'Atelier Numérique Lyon',
    description: 'A web agency that trains and hires junior developers.',
    jobs: [
      {
        title: 'Junior web developer (apprenticeship)',
        description: 'Build and fix web pages for small businesses, with a mentor at your side.',
        location: 'Lyon',
        remote: RemoteOption.Hybrid,
        contractType: ContractType.Apprenticeship,
        hoursPerWeek: 35,
        startDate: '2027-01-04',
        status: JobStatus.Open,
        requirements: {
          levels: { coding: 3, 'problem-solving': 3 },
          languages: [{ language: 'fr', skill: 'conversational' }],
          courses: [{ slug: 'javascript-foundations', required: true }],
        },
      },
      {
        title: 'Website content assistant',
        description: 'Update texts and pictures on clients’ websites and answer their emails.',
        location: 'Lyon',
        remote: RemoteOption.OnSite,
        contractType: ContractType.FixedTerm,
        hoursPerWeek: 24,
        startDate: '2026-12-07',
        status: JobStatus.Open,
        requirements: {
          levels: { 'content-creation': 3, communication: 3 },
          languages: [{ language: 'fr', skill: 'fluent' }],
          courses: [{ slug: 'digital-basics', required: false }],
        },
      },
      {
        title: 'IT support intern',
        description: 'Help colleagues with their computers, accounts and passwords.',
        location: 'Villeurbanne',
        remote: RemoteOption.OnSite,
        contractType: ContractType.Internship,
        hoursPerWeek: 35,
        startDate: null,
        status: JobStatus.Draft,
        requirements: {
          levels: { safety: 4, 'problem-solving': 3 },
          languages: [{ language: 'en', skill: 'basic' }],
          courses: [],
        },
      },
    ],
  },
  {
    name: 'Logistique Solidaire',
    description: 'A warehouse and delivery cooperative.',
    jobs: [
      {
        title: 'Warehouse team member with scanner',
        description: 'Receive and prepare orders with a handheld scanner and a tablet.',
        location: 'Vénissieux',
        remote: RemoteOption.OnSite,
        contractType: ContractType.Permanent,
        hoursPerWeek: 35,
        startDate: '2026-12-01',
        status: JobStatus.Open,
        requirements: {
          levels: { information: 2, safety: 2 },
          languages: [{ language: 'fr', skill: 'basic' }],
          courses: [{ slug: 'digital-basics', required: true }],
        },
      },
      {
        title: 'Delivery planning assistant',
        description: 'Plan delivery rounds in a spreadsheet and call customers.',
        location: 'Vénissieux',
        remote: RemoteOption.Hybrid,
        contractType: ContractType.FixedTerm,
        hoursPerWeek: 30,
        startDate: '2027-02-01',
        status: JobStatus.Open,
        requirements: {
          levels: { information: 3, 'problem-solving': 3, communication: 3 },
          languages: [
            { language: 'fr', skill: 'conversational' },
            { language: 'ar', skill: 'conversational' },
          ],
          courses: [],
        },
      },
      {
        title: 'Customer service by chat',
        description: 'Answer customers in writing, in French and English.',
        location: 'Remote',
        remote: RemoteOption.Remote,
        contractType: ContractType.Permanent,
        hoursPerWeek: 20,
        startDate: null,
        status: JobStatus.Closed,
        requirements: {
          levels: { communication: 4 },
          languages: [
            { language: 'fr', skill: 'fluent' },
            { language: 'en', skill: 'conversational' },
          ],
          courses: [],
        },
      },
    ],
  },
];

/**
 * Demo data for employers: two partner organisations with three jobs each, the demo employer
 * owning the first, so that an employer sees real jobs at once.
 */
@Injectable()
export class PlacementSeedService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async seedDemoOrganisations(employerEmail: string): Promise<boolean> {
    return this.db.transaction(async (em) => {
      if (await em.existsBy(Organisation, { name: DEMO_ORGANISATIONS[0].name })) return false;
      const employer = await em.findOneBy(Account, { email: employerEmail });
      const courses = await em.find(Course, { select: { id: true, slug: true } });
      for (const [index, seed] of DEMO_ORGANISATIONS.entries()) {
        const organisation = await em.save(
          em.create(Organisation, { name: seed.name, description: seed.description }),
        );
        if (index === 0 && employer) {
          await em.save(
            em.create(OrganisationMember, {
              accountId: employer.id,
              organisationId: organisation.id,
              role: OrganisationRole.Owner,
            }),
          );
        }
        for (const job of seed.jobs) {
          await em.save(
            em.create(Job, {
              ...job,
              organisationId: organisation.id,
              createdById: index === 0 ? (employer?.id ?? null) : null,
              openedAt: job.status === JobStatus.Draft ? null : new Date(),
              requirements: {
                ...job.requirements,
                courses: job.requirements.courses.flatMap(({ slug, required }) => {
                  const course = courses.find((c) => c.slug === slug);
                  return course ? [{ courseId: course.id, required }] : [];
                }),
              },
            }),
          );
        }
      }
      return true;
    });
  }

  /**
   * Demo candidates at different stages: Samir open to work with most of his profile shared,
   * endorsed by the demo mentor and shortlisted for the first demo job; Olena open to work,
   * sharing less, who applied to a job of each organisation (so the demo employer's home
   * shows a new application) and wants to be reached by phone. The demo learner stays
   * private. Needs the demo assessment takers and organisations.
   */
  async seedDemoCandidates(mentorEmail: string): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const samir = await em.findOneBy(Account, { email: 'samir@passerelle.local' });
      const olena = await em.findOneBy(Account, { email: 'olena@passerelle.local' });
      const mentor = await em.findOneBy(Account, { email: mentorEmail });
      const developer = await em.findOneBy(Job, { title: DEMO_ORGANISATIONS[0].jobs[0].title });
      const content = await em.findOneBy(Job, { title: DEMO_ORGANISATIONS[0].jobs[1].title });
      const warehouse = await em.findOneBy(Job, { title: DEMO_ORGANISATIONS[1].jobs[0].title });
      if (!samir || !olena || !mentor || !developer || !content || !warehouse) return false;
      if (await em.existsBy(CandidateProfile, { learnerId: samir.id })) return false;
      const now = new Date();
      await em.insert(CandidateProfile, [
        {
          learnerId: samir.id,
          headline: 'Future web developer, patient problem solver',
          bio: 'I repaired phones in Aleppo. Now I learn JavaScript and build small websites.',
          experience: [
            {
              title: 'Phone repair technician',
              organisation: 'Family shop, Aleppo',
              from: '2016-05',
              to: '2022-02',
              description: 'Screens, batteries and software problems; talking with customers.',
            },
          ],
          availableFrom: null,
          hoursPerWeek: 35,
          preferredLocations: ['Lyon', 'Villeurbanne'],
          remoteOk: true,
          rightToWork: 'yes',
          updatedAt: now,
          openToWork: true,
          sharedSections: [
            ProfileSection.Assessment,
            ProfileSection.Courses,
            ProfileSection.Exercises,
            ProfileSection.Endorsements,
            ProfileSection.About,
            ProfileSection.Languages,
            ProfileSection.Experience,
            ProfileSection.Availability,
          ],
          consentUpdatedAt: now,
        },
        {
          learnerId: olena.id,
          headline: 'Office assistant, organised and careful',
          bio: '',
          experience: [],
          availableFrom: '2026-12-15',
          hoursPerWeek: 24,
          preferredLocations: ['Vénissieux'],
          remoteOk: false,
          rightToWork: 'pending',
          updatedAt: now,
          openToWork: true,
          sharedSections: [ProfileSection.About, ProfileSection.Languages],
          consentUpdatedAt: now,
          // Reached by phone: shown to an employer once she accepts an interview.
          phone: '+33756123489',
          contactVia: 'phone',
          contactUpdatedAt: now,
        },
      ]);
      await em.insert(Endorsement, {
        learnerId: samir.id,
        mentorId: mentor.id,
        body: 'Samir is precise, asks good questions and helps others in the cohort.',
      });
      const employer = await em.findOne(OrganisationMember, {
        where: { organisationId: developer.organisationId },
        relations: { account: true },
      });
      const shortlisted = await em.save(
        em.create(Application, {
          jobId: developer.id,
          learnerId: samir.id,
          stage: PipelineStage.Shortlisted,
          source: 'employer',
          message: null,
        }),
      );
      await recordMove(em, shortlisted, null, PipelineStage.Shortlisted, employer?.account ?? null);
      const applications: [Job, string][] = [
        [warehouse, 'I worked in a warehouse in Kyiv and I learn French every day.'],
        [content, 'I wrote the newsletter of my school in Kyiv. I like careful work with texts.'],
      ];
      for (const [job, message] of applications) {
        const applied = await em.save(
          em.create(Application, {
            jobId: job.id,
            learnerId: olena.id,
            stage: PipelineStage.Suggested,
            source: 'applied',
            message,
          }),
        );
        await recordMove(em, applied, null, PipelineStage.Suggested, olena);
      }
      return true;
    });
  }
}
