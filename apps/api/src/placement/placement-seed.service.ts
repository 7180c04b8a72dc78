import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ContractType,
  type JobRequest,
  JobStatus,
  OrganisationRole,
  RemoteOption,
} from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import { Account } from '../identity/entities/account.entity';
import { Course } from '../learning/entities/course.entity';
import { Job } from './entities/job.entity';
import { Organisation } from './entities/organisation.entity';
import { OrganisationMember } from './entities/organisation-member.entity';

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
}
